package io.hibermongo.dialect.internal.layout;

import java.util.HashSet;
import java.util.Set;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without the embedded-types module on the classpath (as in this module's tests), an element collection
 * fails at startup with a message that names the entity, the attribute and the module to add.
 */
class ElementCollectionWithoutEmbeddedTypesTest {

	private static MongoServer server;

	@BeforeAll
	static void startServer() {
		server = new MongoServer( new MemoryBackend() );
		server.bind( "127.0.0.1", 0 );
	}

	@AfterAll
	static void stopServer() {
		server.shutdownNow();
	}

	@Test
	void elementCollectionFailsAtStartupAskingForTheEmbeddedTypesModule() {
		HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration( "arrays-without-module" )
				.managedClasses( Book.class )
				.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
				.property( "jakarta.persistence.jdbc.url", server.getConnectionString() + "/arrays" );

		assertThatThrownBy( configuration::createEntityManagerFactory )
				.rootCause()
				.hasMessageContaining( "Attribute 'tags' of entity" )
				.hasMessageContaining( "Book" )
				.hasMessageContaining( "add io.hibermongo:hibermongo-embedded-types to the class path" );
	}

	@Entity(name = "Book")
	static class Book {
		@Id
		Long id;

		@ElementCollection
		Set<String> tags = new HashSet<>();
	}
}
