package io.hibermongo.embedded;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A SessionFactory on an in-process server that records the statement text (the MQL) of everything
 * Hibernate runs, for golden tests of the commands element collections become.
 */
final class StatementCapture implements StatementInspector, AutoCloseable {

	private final MongoServer server;
	private final List<String> statements = new ArrayList<>();
	final SessionFactory sessionFactory;

	StatementCapture(Class<?>... entities) {
		server = new MongoServer( new MemoryBackend() );
		server.bind( "127.0.0.1", 0 );
		try {
			sessionFactory = new HibernatePersistenceConfiguration( "golden-arrays" )
					.managedClasses( entities )
					.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
					.property( "jakarta.persistence.jdbc.url", server.getConnectionString() + "/golden" )
					.property( "hibernate.session_factory.statement_inspector", this )
					.createEntityManagerFactory()
					.unwrap( SessionFactory.class );
		}
		catch (RuntimeException e) {
			server.shutdownNow();
			throw e;
		}
	}

	/** Starts a factory on a server of its own, for mappings that must fail at startup. */
	static void start(Class<?>... entities) {
		try ( StatementCapture capture = new StatementCapture( entities ) ) {
			capture.take();
		}
	}

	@Override
	public String inspect(String sql) {
		statements.add( sql );
		return sql;
	}

	/** The statements run since the last call. */
	List<String> take() {
		List<String> taken = new ArrayList<>( statements );
		statements.clear();
		return taken;
	}

	@Override
	public void close() {
		try {
			sessionFactory.close();
		}
		finally {
			server.shutdownNow();
		}
	}
}
