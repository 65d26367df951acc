package io.hibermongo.it.timeouts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.TestServer;
import io.hibermongo.it.transactions.model.Stock;
import io.netty.channel.Channel;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.QueryTimeoutException;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Query timeouts reach the server as {@code maxTimeMS} (watched with a driver command listener), and a
 * server that stops a command at its time limit ({@code MaxTimeMSExpired}, code 50) gives JPA's
 * {@link QueryTimeoutException}. The embedded server does not enforce {@code maxTimeMS}; a server of the
 * test's own enforces it by failing every command that carries one.
 */
class QueryTimeoutTest {

	@RegisterExtension
	static final MongoServerExtension mongo = new MongoServerExtension();

	private static final TimeLimits limits = new TimeLimits();
	private static EntityManagerFactory factory;

	/** The {@code maxTimeMS} of each command sent, by command name (absent: none). */
	static final class TimeLimits implements CommandListener {
		record Sent(String name, BsonValue maxTimeMS) {
		}

		final List<Sent> sent = new CopyOnWriteArrayList<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonDocument command = event.getCommand();
			sent.add( new Sent( event.getCommandName(), command.containsKey( "maxTimeMS" ) ? command.get( "maxTimeMS" ) : null ) );
		}

		long last(String name) {
			for ( int i = sent.size() - 1; i >= 0; i-- ) {
				if ( sent.get( i ).name().equals( name ) ) {
					BsonValue value = sent.get( i ).maxTimeMS();
					return value == null ? -1 : value.asNumber().longValue();
				}
			}
			throw new AssertionError( "no " + name + " command was sent: " + sent );
		}
	}

	@BeforeAll
	static void start() {
		factory = Persistence.mongo( mongo.databaseName(), settings( TestServer.uri( mongo.databaseName() ), Map.of() ), Stock.class );
		Persistence.persist( factory, new Stock( 1L, "bolt", 10 ) );
		Persistence.persist( factory, new Stock( 2L, "nut", 20 ) );
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@BeforeEach
	void clear() {
		limits.sent.clear();
	}

	private static Map<String, Object> settings(String uri, Map<String, Object> extra) {
		Map<String, Object> settings = new HashMap<>( extra );
		settings.put( MongoSettings.CLIENT_SETTINGS, MongoClientSettings.builder().applyConnectionString( new ConnectionString( uri ) )
				.addCommandListener( limits ).build() );
		settings.put( MongoSettings.DATABASE, new ConnectionString( uri ).getDatabase() );
		return settings;
	}

	@Test
	void aQueryTimeoutHintIsTheFindsMaxTimeMS() {
		Persistence.inTransaction( factory, em -> em.createQuery( "select s from Stock s where s.quantity > 5", Stock.class )
				.setHint( "jakarta.persistence.query.timeout", 2000 ).getResultList() );
		assertThat( limits.last( "find" ) ).isEqualTo( 2000 );
	}

	@Test
	void aQueryWithoutTimeoutSendsNoMaxTimeMS() {
		Persistence.inTransaction( factory, em -> em.createQuery( "select s from Stock s", Stock.class ).getResultList() );
		assertThat( limits.last( "find" ) ).isEqualTo( -1 );
	}

	@Test
	void anAggregateGetsTheTimeoutInSecondsAsMaxTimeMS() {
		Persistence.inTransaction( factory, em -> em.createQuery( "select count(s) from Stock s", Long.class )
				.unwrap( org.hibernate.query.Query.class ).setTimeout( 3 ).getResultList() );
		assertThat( limits.last( "aggregate" ) ).isEqualTo( 3000 );
	}

	@Test
	void aNativeQueryGetsTheTimeoutUnlessItSetsItsOwn() {
		Persistence.inTransaction( factory, em -> em.createNativeQuery( "{\"distinct\": \"Stock\", \"key\": \"item\"}" )
				.setHint( "jakarta.persistence.query.timeout", 4000 ).getResultList() );
		assertThat( limits.last( "distinct" ) ).isEqualTo( 4000 );
		Persistence.inTransaction( factory, em -> em.createNativeQuery( "{\"distinct\": \"Stock\", \"key\": \"item\", \"maxTimeMS\": 50}" )
				.setHint( "jakarta.persistence.query.timeout", 4000 ).getResultList() );
		assertThat( limits.last( "distinct" ) ).isEqualTo( 50 );
	}

	@Test
	void aBulkUpdateOutsideATransactionGetsTheTimeoutAsTheDriversOperationTimeout() {
		Persistence.inTransaction( factory, em -> em.createQuery( "update Stock s set s.quantity = 11 where s.item = 'bolt'" )
				.setHint( "jakarta.persistence.query.timeout", 1000 ).executeUpdate() );
		assertThat( limits.last( "update" ) ).isBetween( 1L, 1000L );
	}

	@Test
	void theFactoryWideQueryTimeoutAppliesToEveryQuery() {
		EntityManagerFactory limited = Persistence.mongo( mongo.databaseName(),
				settings( TestServer.uri( mongo.databaseName() ), Map.of( "jakarta.persistence.query.timeout", 6000 ) ), Stock.class );
		try {
			Persistence.inTransaction( limited, em -> em.createQuery( "select s from Stock s", Stock.class ).getResultList() );
		}
		finally {
			limited.close();
		}
		assertThat( limits.last( "find" ) ).isEqualTo( 6000 );
	}

	@Test
	void aCommandStoppedAtItsTimeLimitIsAQueryTimeoutException() {
		MongoServer server = new MongoServer( new MemoryBackend() {
			@Override
			public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
				if ( query.containsKey( "maxTimeMS" ) ) {
					throw new MongoServerError( 50, "MaxTimeMSExpired", "operation exceeded time limit" );
				}
				return super.handleCommand( channel, databaseName, command, query );
			}
		} );
		String uri = server.bindAndGetConnectionString() + "/it_QueryTimeoutEnforced";
		EntityManagerFactory enforcing = Persistence.mongoAt( uri, Map.of(), Stock.class );
		try {
			Persistence.persist( enforcing, new Stock( 1L, "slow", 1 ) );
			assertThatThrownBy( () -> Persistence.inTransaction( enforcing, em -> em.createQuery( "select s from Stock s", Stock.class )
					.setHint( "jakarta.persistence.query.timeout", 1000 ).getResultList() ) )
					.isInstanceOf( QueryTimeoutException.class )
					.hasMessageContaining( "exceeded its time limit" )
					.hasCauseInstanceOf( org.hibernate.QueryTimeoutException.class );
		}
		finally {
			enforcing.close();
			server.shutdownNow();
		}
	}
}
