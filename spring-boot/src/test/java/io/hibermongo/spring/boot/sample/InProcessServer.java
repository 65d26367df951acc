package io.hibermongo.spring.boot.sample;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The server for the tests that configure a URL themselves: the one named by {@code MONGODB_URI}, or one
 * in-process server started on first use. The tests name their database with {@code spring.mongodb.database}.
 */
public final class InProcessServer {

	private static MongoServer server;

	private InProcessServer() {
	}

	public static synchronized String url() {
		String real = System.getenv( "MONGODB_URI" );
		if ( real != null && !real.isBlank() ) {
			return real;
		}
		if ( server == null ) {
			server = new MongoServer( new MemoryBackend() );
			server.bind( "127.0.0.1", 0 );
			Runtime.getRuntime().addShutdownHook( new Thread( server::shutdownNow ) );
		}
		return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
	}
}
