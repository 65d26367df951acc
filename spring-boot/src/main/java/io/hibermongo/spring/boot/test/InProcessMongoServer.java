package io.hibermongo.spring.boot.test;

import java.net.InetSocketAddress;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Starts mongo-java-server in memory on 127.0.0.1 and a free port; only loaded when that library is present. */
final class InProcessMongoServer {

	static final String CLASS_NAME = "de.bwaldvogel.mongo.MongoServer";

	private InProcessMongoServer() {
	}

	static TestMongoConnectionDetails start() {
		MongoServer server = new MongoServer( new MemoryBackend() );
		server.bind( "127.0.0.1", 0 );
		InetSocketAddress address = server.getLocalAddress();
		return new TestMongoConnectionDetails(
				new ConnectionString( "mongodb://127.0.0.1:" + address.getPort() + "/test" ), server::shutdownNow );
	}
}
