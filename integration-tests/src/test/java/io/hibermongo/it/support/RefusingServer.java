package io.hibermongo.it.support;

import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;

/**
 * An in-process mongo-java-server of its own (not the {@link TestServer}) that refuses the commands a
 * test names, as MongoDB refuses a user who lacks the privilege (error 13, Unauthorized). It makes a
 * failure happen at an exact command, e.g. the {@code delete} that undoes a failed insert batch.
 */
public final class RefusingServer implements AutoCloseable {

	private static final int UNAUTHORIZED = 13;

	private final MongoServer server;
	private final String connectionString;
	private final MongoClient client;

	public RefusingServer(String... refusedCommands) {
		Set<String> refused = Set.of( refusedCommands );
		server = new MongoServer( new MemoryBackend() {
			@Override
			public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
				if ( refused.contains( command ) ) {
					throw new MongoServerError( UNAUTHORIZED, "Unauthorized",
							"not authorized on " + databaseName + " to execute command { " + command + " }" );
				}
				return super.handleCommand( channel, databaseName, command, query );
			}
		} );
		connectionString = server.bindAndGetConnectionString();
		client = MongoClients.create( connectionString );
	}

	/** A {@code mongodb://} URL of this server naming {@code database}. */
	public String uri(String database) {
		return TestServer.withDatabase( connectionString, database );
	}

	/** {@code database} on this server, through a client of the test (its refused commands fail too). */
	public MongoDatabase database(String database) {
		return client.getDatabase( database );
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}
}
