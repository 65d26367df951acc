package io.hibermongo.dialect.internal.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.hibermongo.dialect.translate.Person;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound command of each execution, logged at TRACE where Hibernate logs bind values. Without another
 * logging backend on the class path, JBoss Logging writes to java.util.logging, where TRACE is below FINER.
 */
class BoundCommandLogTest {

	private static final Logger BIND = Logger.getLogger( BoundCommandLog.CATEGORY );

	private static MongoServer server;
	private static SessionFactory sessionFactory;
	private final List<String> logged = new CopyOnWriteArrayList<>();
	private final Handler handler = new Handler() {
		@Override
		public void publish(LogRecord record) {
			logged.add( record.getMessage() );
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	@BeforeAll
	static void start() {
		server = new MongoServer( new MemoryBackend() );
		String address = "127.0.0.1:" + server.bind().getPort();
		sessionFactory = new HibernatePersistenceConfiguration( "bind-log" )
				.managedClasses( Person.class )
				.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
				.property( "jakarta.persistence.jdbc.url", "mongodb://" + address + "/bindlog" )
				.createEntityManagerFactory();
	}

	@AfterAll
	static void stop() {
		sessionFactory.close();
		server.shutdownNow();
	}

	@AfterEach
	void quiet() {
		BIND.removeHandler( handler );
		BIND.setLevel( null );
	}

	private void trace(boolean on) {
		BIND.setLevel( on ? Level.ALL : Level.INFO );
		handler.setLevel( Level.ALL );
		BIND.addHandler( handler );
	}

	@Test
	void eachExecutionLogsItsCommandWithTheValuesInPlace() {
		trace( true );

		sessionFactory.inTransaction( session -> session.persist( new Person( 7L, "Ann", 30, 1, null ) ) );
		sessionFactory.inSession( session -> session.createQuery( "from Person where name = :name", Person.class )
				.setParameter( "name", "Ann" ).getResultList() );
		sessionFactory.inSession( session -> session.createNativeQuery( "{find: 'Person', filter: {age: {$gt: :age}}}", Person.class )
				.setParameter( "age", 20 ).getResultList() );

		assertThat( logged ).anySatisfy( line -> assertThat( line ).startsWith( "executing with bound values: {\"insert\": \"Person\"" )
				.contains( "\"name\": \"Ann\"", "\"_id\": 7" ) );
		assertThat( logged ).anySatisfy( line -> assertThat( line ).startsWith( "executing with bound values: {\"find\": \"Person\"" )
				.contains( "\"filter\": {\"name\": \"Ann\"}" ) );
		assertThat( logged ).anySatisfy( line -> assertThat( line )
				.startsWith( "executing with bound values: {\"find\": \"Person\", \"filter\": {\"age\": {\"$gt\": 20}}" ) );
	}

	@Test
	void nothingIsRenderedWhenTraceIsOff() {
		trace( false );

		BoundCommandLog.executing( () -> {
			throw new AssertionError( "rendered although TRACE is off" );
		} );

		assertThat( logged ).isEmpty();
	}
}
