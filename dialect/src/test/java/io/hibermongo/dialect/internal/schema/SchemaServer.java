package io.hibermongo.dialect.internal.schema;

import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** An in-process server and factories on it for the schema tests. */
final class SchemaServer implements AutoCloseable {

	private final MongoServer server = new MongoServer( new MemoryBackend() );
	private final String address;
	private final MongoClient client;

	SchemaServer() {
		address = "127.0.0.1:" + server.bind().getPort();
		client = MongoClients.create( "mongodb://" + address );
	}

	EntityManagerFactory factory(String database, Map<String, Object> properties, Class<?>... entities) {
		return new HibernatePersistenceConfiguration( database )
				.managedClasses( entities )
				.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
				.property( "jakarta.persistence.jdbc.url", "mongodb://" + address + "/" + database )
				.properties( properties )
				.createEntityManagerFactory();
	}

	MongoDatabase database(String name) {
		return client.getDatabase( name );
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}
}
