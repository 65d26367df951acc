package io.hibermongo.dialect.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * An in-process mongo-java-server whose answers to one command are scripted, one answer per call, so
 * a test can make the server refuse, fail transiently or accept where the embedded server would behave
 * otherwise. Calls beyond the script repeat its last answer; other commands, and the scripted one when
 * the script is empty, reach the memory backend.
 */
final class ScriptedServer implements AutoCloseable {

	/** One scripted answer: a reply document, or a server error thrown to become the error reply. */
	interface Answer {
		Document reply(Document command);
	}

	private final MongoServer server;
	private final String address;
	private final MongoClient client;
	private final List<Document> received = new CopyOnWriteArrayList<>();

	ScriptedServer(String commandName, Answer... answers) {
		List<Answer> script = new ArrayList<>( List.of( answers ) );
		server = new MongoServer( new MemoryBackend() {
			@Override
			public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
				if ( !command.equals( commandName ) ) {
					return super.handleCommand( channel, databaseName, command, query );
				}
				received.add( query );
				if ( script.isEmpty() ) {
					return super.handleCommand( channel, databaseName, command, query );
				}
				Answer answer = script.size() > 1 ? script.remove( 0 ) : script.get( 0 );
				return answer.reply( query );
			}
		} );
		address = server.bindAndGetConnectionString();
		client = MongoClients.create( address );
	}

	/** The server's {@code mongodb://host:port} address. */
	String address() {
		return address;
	}

	MongoDatabase database() {
		return client.getDatabase( "scripted" );
	}

	/** How many times the scripted command was received. */
	int calls() {
		return received.size();
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}
}
