package io.hibermongo.dialect.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import io.hibermongo.dialect.MongoDialect;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.integrator.spi.Integrator;

/**
 * Ends every flush by sending the inserts the connection holds back ({@link HeldInserts}), so a flush
 * (explicit, or the one before commit) has written everything when it returns and a failure of a held
 * insert is thrown by {@code flush()} / {@code commit()} as Hibernate's exception for it (a duplicate key
 * a {@code ConstraintViolationException}), converted by the session's {@code SqlExceptionHelper} as any
 * failing statement is. Registered (for MongoDB persistence units only) after Hibernate's own flush
 * listener, so it runs once the flush's actions and its post-flush bookkeeping are done. An auto-flush
 * before a query needs nothing: the query is a statement, and every statement sends them first.
 */
public final class HeldInsertsAtFlushEnd implements Integrator, FlushEventListener {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
		if ( sessionFactory.getJdbcServices().getDialect() instanceof MongoDialect ) {
			sessionFactory.getServiceRegistry().requireService( EventListenerRegistry.class )
					.getEventListenerGroup( EventType.FLUSH ).appendListener( this );
		}
	}

	@Override
	public void onFlush(FlushEvent event) throws HibernateException {
		send( event.getSession() );
	}

	/**
	 * Sends the inserts that the connection of {@code session} holds, if it has one; a failure becomes
	 * Hibernate's exception for it.
	 */
	public static void send(SharedSessionContractImplementor session) {
		var logical = session.getJdbcCoordinator().getLogicalConnection();
		if ( !logical.isPhysicallyConnected() ) {
			return;
		}
		Connection connection = logical.getPhysicalConnection();
		try {
			if ( connection.isWrapperFor( MongoConnection.class ) ) {
				connection.unwrap( MongoConnection.class ).flushEnded();
			}
		}
		catch (SQLException e) {
			throw session.getJdbcServices().getSqlExceptionHelper().convert( e, "Could not send the inserts held for folding" );
		}
	}
}
