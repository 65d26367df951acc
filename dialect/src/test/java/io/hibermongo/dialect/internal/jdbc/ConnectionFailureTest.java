package io.hibermongo.dialect.internal.jdbc;

import java.util.Map;

import de.bwaldvogel.mongo.exception.MongoServerError;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.exception.AuthException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failures while the connection provider starts reach the user as the Hibernate exceptions of the driver
 * error table, never as a bare {@code MongoException}: no server answering is a
 * {@link JDBCConnectionException}, refused credentials an {@link AuthException}.
 */
class ConnectionFailureTest {

	@Test
	void noServerAnsweringIsAJdbcConnectionException() {
		MongoConnectionProvider provider = new MongoConnectionProvider();
		assertThatThrownBy( () -> provider.configure( Map.of( JdbcSettings.JAKARTA_JDBC_URL,
				"mongodb://127.0.0.1:1/shop?serverSelectionTimeoutMS=200&connectTimeoutMS=200" ) ) )
				.isInstanceOf( JDBCConnectionException.class )
				.hasMessageContaining( "connecting to mongodb://127.0.0.1:1/shop" )
				.hasMessageContaining( "no suitable server answered in time" );
	}

	@Test
	void refusedCredentialsAreAnAuthException() {
		try ( ScriptedServer server = new ScriptedServer( "saslStart", command -> {
			throw new MongoServerError( 18, "AuthenticationFailed", "Authentication failed." );
		} ) ) {
			String url = server.address().replace( "mongodb://", "mongodb://app:wrong@" ) + "/shop?authMechanism=SCRAM-SHA-256";
			MongoConnectionProvider provider = new MongoConnectionProvider();
			assertThatThrownBy( () -> provider.configure( Map.of( JdbcSettings.JAKARTA_JDBC_URL, url ) ) )
					.isInstanceOf( AuthException.class )
					.hasMessageContaining( "authentication failed" )
					.hasMessageContaining( "connecting to mongodb://127.0.0.1:" )
					.hasMessageNotContaining( "wrong" );
		}
	}
}
