package io.hibermongo.dialect.translate;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A SessionFactory on an in-process server that records the statement text (the MQL) of everything
 * Hibernate runs, for golden tests of the translator.
 */
final class MqlCapture implements StatementInspector, AutoCloseable {

	private static MongoServer server;
	private static String address;
	private final List<String> statements = new ArrayList<>();
	final SessionFactory sessionFactory;

	MqlCapture(String database, Class<?>... entities) {
		HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration( database )
				.managedClasses( entities )
				.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
				.property( "jakarta.persistence.jdbc.url", "mongodb://" + address() + "/" + database )
				.property( "hibernate.session_factory.statement_inspector", this )
				// Hibernate's JSON functions are a tech preview behind this switch; the golden tests check their refusal
				.property( "hibernate.query.hql.json_functions_enabled", "true" );
		sessionFactory = configuration.createEntityManagerFactory();
	}

	static synchronized String address() {
		if ( server == null ) {
			server = new MongoServer( new MemoryBackend() );
			address = "127.0.0.1:" + server.bind().getPort();
		}
		return address;
	}

	@Override
	public String inspect(String sql) {
		statements.add( sql );
		return sql;
	}

	/** The statement text of the query {@code hql} (run in a session of its own, its result discarded). */
	String mqlOf(String hql) {
		take();
		sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
		return last();
	}

	/**
	 * The statement text of the query {@code hql}, also when the in-process server cannot run it (a
	 * {@code $unionWith}): the statement is recorded before it runs.
	 */
	String recordedOf(String hql) {
		take();
		try {
			sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
		}
		catch (RuntimeException refusedByTheInProcessServer) {
			// recorded already
		}
		return last();
	}

	/** The statements run since the last call. */
	List<String> take() {
		List<String> taken = new ArrayList<>( statements );
		statements.clear();
		return taken;
	}

	/** The single statement run since the last call. */
	/** The command of the HQL query {@code hql}, run once. */
	String query(String hql) {
		take();
		sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
		return last();
	}

	String last() {
		List<String> taken = take();
		if ( taken.isEmpty() ) {
			throw new AssertionError( "no statement was run" );
		}
		return taken.get( taken.size() - 1 );
	}

	@Override
	public void close() {
		sessionFactory.close();
	}

}
