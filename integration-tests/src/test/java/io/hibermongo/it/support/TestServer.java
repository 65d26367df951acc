package io.hibermongo.it.support;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB server the integration tests run against, started once per JVM on first use.
 * <p>
 * Chosen in this order: the server named by the environment variable {@code MONGODB_URI}; else a
 * single-node replica set of {@code mongo:8.0} in Testcontainers when a Docker engine answers; else the
 * in-process mongo-java-server on {@code 127.0.0.1} and a random port. The choice is printed once.
 */
public final class TestServer {

	private static final String ENVIRONMENT_URI = "MONGODB_URI";
	private static final String IMAGE = "mongo:8.0";

	private TestServer() {
	}

	/**
	 * A {@code mongodb://} URL of the test server naming {@code database}, as a user puts it in
	 * {@code jakarta.persistence.jdbc.url}.
	 */
	public static String uri(String database) {
		return withDatabase( Running.SERVER.connectionString, database );
	}

	/** A client shared by all tests to inspect and prepare stored documents directly. */
	public static MongoClient client() {
		return Running.SERVER.client;
	}

	/** Whether the tests run on the in-process mongo-java-server rather than a real MongoDB. */
	public static boolean isEmbedded() {
		return Running.SERVER.embedded;
	}

	/**
	 * Whether the server runs MongoDB transactions (a replica set or sharded cluster), so that a failed
	 * flush is rolled back rather than leaving what it had written.
	 */
	public static boolean hasTransactions() {
		Document hello = client().getDatabase( "admin" ).runCommand( new Document( "isMaster", 1 ) );
		return hello.containsKey( "logicalSessionTimeoutMinutes" )
				&& ( hello.containsKey( "setName" ) || "isdbgrid".equals( hello.get( "msg" ) ) );
	}

	/** Which server the tests run against, for people reading the test output. */
	public static String description() {
		return Running.SERVER.description;
	}

	/**
	 * Puts {@code database} into the path of a connection string, keeping its hosts and its options.
	 */
	static String withDatabase(String connectionString, String database) {
		int schemeEnd = connectionString.indexOf( "://" ) + 3;
		int pathStart = connectionString.indexOf( '/', schemeEnd );
		int optionsStart = connectionString.indexOf( '?', schemeEnd );
		int hostsEnd = pathStart >= 0 ? pathStart : optionsStart >= 0 ? optionsStart : connectionString.length();
		String options = optionsStart >= 0 ? connectionString.substring( optionsStart ) : "";
		return connectionString.substring( 0, hostsEnd ) + "/" + database + options;
	}

	/** The started server: the holder idiom makes the start lazy and happen once. */
	private static final class Running {

		static final Running SERVER = start();

		final String connectionString;
		final boolean embedded;
		final String description;
		final MongoClient client;

		/** {@code stop} ends the server when the JVM exits, after the shared client is closed; null for an external one. */
		private Running(String connectionString, boolean embedded, String description, Runnable stop) {
			this.connectionString = connectionString;
			this.embedded = embedded;
			this.description = description;
			this.client = MongoClients.create( new ConnectionString( connectionString ) );
			Runtime.getRuntime().addShutdownHook( new Thread( () -> {
				client.close();
				if ( stop != null ) {
					stop.run();
				}
			}, "hibermongo-test-server-stop" ) );
			System.out.println( "[hibermongo-it] MongoDB test server: " + description );
		}

		private static Running start() {
			String configured = System.getenv( ENVIRONMENT_URI );
			if ( configured != null && !configured.isBlank() ) {
				return new Running( configured, false, "external server from " + ENVIRONMENT_URI + " ("
						+ new ConnectionString( configured ).getHosts() + ")", null );
			}
			if ( DockerClientFactory.instance().isDockerAvailable() ) {
				return startContainer();
			}
			return startEmbedded();
		}

		@SuppressWarnings("resource") // stopped at JVM exit (and by Testcontainers' reaper)
		private static Running startContainer() {
			MongoDBContainer container = new MongoDBContainer( IMAGE ).withReplicaSet();
			container.start();
			return new Running( container.getReplicaSetUrl(), false,
					"Testcontainers " + IMAGE + " single-node replica set at " + container.getConnectionString(),
					container::stop );
		}

		private static Running startEmbedded() {
			MongoServer server = new MongoServer( new MemoryBackend() );
			server.bind( "127.0.0.1", 0 );
			return new Running( server.getConnectionString(), true,
					"embedded mongo-java-server (no Docker engine answered, MONGODB_URI unset) at "
							+ server.getConnectionString(),
					server::shutdownNow );
		}
	}
}
