package io.hibermongo.dialect.internal.jdbc;

import com.mongodb.MongoCommandException;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The startup probe for pipeline updates: only the server's own refusal of the pipeline form means "no
 * pipeline updates"; a transient failure is retried, and any other failure stops the startup instead of
 * silently switching every computed bulk update to the non-atomic read-then-write path.
 */
class ServerCapabilitiesTest {

	private static final ScriptedServer.Answer ACCEPTED = command -> new Document( "n", 0 ).append( "nModified", 0 ).append( "ok", 1.0 );

	private static ScriptedServer.Answer error(int code, String codeName, String message) {
		return command -> {
			throw new MongoServerError( code, codeName, message );
		};
	}

	@Test
	void acceptedProbeMeansPipelineUpdates() {
		try ( ScriptedServer server = new ScriptedServer( "update", ACCEPTED ) ) {
			assertThat( ServerCapabilities.probe( server.database() ).pipelineUpdates() ).isTrue();
		}
	}

	@Test
	void embeddedServerHasNoPipelineUpdates() {
		try ( ScriptedServer server = new ScriptedServer( "update" ) ) {
			assertThat( ServerCapabilities.probe( server.database() ).pipelineUpdates() ).isFalse();
			assertThat( server.calls() ).isOne();
		}
	}

	@Test
	void typeMismatchOfAServerBefore42MeansNoPipelineUpdates() {
		try ( ScriptedServer server = new ScriptedServer( "update",
				error( 14, "TypeMismatch", "BSON field 'update.updates.u' is the wrong type 'array', expected type 'object'" ) ) ) {
			assertThat( ServerCapabilities.probe( server.database() ).pipelineUpdates() ).isFalse();
		}
	}

	@Test
	void failedToParseMeansNoPipelineUpdates() {
		try ( ScriptedServer server = new ScriptedServer( "update", error( 9, "FailedToParse", "Unknown modifier" ) ) ) {
			assertThat( ServerCapabilities.probe( server.database() ).pipelineUpdates() ).isFalse();
		}
	}

	@Test
	void unauthorizedProbeFailsTheStartupKeepingTheCause() {
		try ( ScriptedServer server = new ScriptedServer( "update", error( 13, "Unauthorized", "not authorized on scripted to execute command" ) ) ) {
			assertThatThrownBy( () -> ServerCapabilities.probe( server.database() ) )
					.isInstanceOf( HibernateException.class )
					.hasMessageContaining( "pipeline updates" )
					.hasMessageContaining( "not authorized" )
					.cause().isInstanceOf( MongoCommandException.class );
		}
	}

	@Test
	void transientFailureIsRetried() {
		try ( ScriptedServer server = new ScriptedServer( "update", error( 89, "NetworkTimeout", "timed out" ), ACCEPTED ) ) {
			assertThat( ServerCapabilities.probe( server.database() ).pipelineUpdates() ).isTrue();
			assertThat( server.calls() ).isEqualTo( 2 );
		}
	}

	@Test
	void transientFailureThatPersistsFailsTheStartup() {
		try ( ScriptedServer server = new ScriptedServer( "update", error( 89, "NetworkTimeout", "timed out" ) ) ) {
			assertThatThrownBy( () -> ServerCapabilities.probe( server.database() ) )
					.isInstanceOf( HibernateException.class )
					.hasMessageContaining( "pipeline updates" )
					.cause().isInstanceOf( MongoCommandException.class );
			assertThat( server.calls() ).isEqualTo( 3 );
		}
	}
}
