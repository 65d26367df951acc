package io.hibermongo.examples.springblog;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Djongo's blog as a Spring Boot web admin on MongoDB: open http://localhost:8080 to list, search, create and
 * edit entries. It runs on the server named by {@code MONGODB_URI}, else on an in-process server it starts.
 */
@SpringBootApplication
public class BlogAdminApplication {

	public static void main(String[] args) {
		String uri = System.getenv( "MONGODB_URI" );
		if ( uri == null || uri.isBlank() ) {
			MongoServer server = new MongoServer( new MemoryBackend() );
			server.bind( "127.0.0.1", 0 );
			uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
			// Boot's mongo health indicator sends 'hello', which the in-process server does not answer.
			System.setProperty( "management.health.mongodb.enabled", "false" );
		}
		System.setProperty( "spring.mongodb.uri", uri );
		SpringApplication.run( BlogAdminApplication.class, args );
	}
}
