package io.hibermongo.dialect.internal.layout;

import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attributes of basic array or collection types ({@code String[]}, {@code List<String>} without
 * {@code @ElementCollection}) are ARRAY columns, stored as BSON arrays: they start; an array whose elements
 * have no BSON mapping of their own (an array of LOBs) fails at startup naming the attribute, rather than
 * being stored some other way (such as Java-serialized bytes).
 */
class BasicArrayAttributeTest {

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
	void arrayAndBasicCollectionAttributesStart() {
		assertThatCode( () -> start( Tagged.class, Listed.class ) ).doesNotThrowAnyException();
	}

	@Test
	void arrayOfLobsFailsAtStartup() {
		assertThatThrownBy( () -> start( Nested.class ) )
				.rootCause()
				.hasMessageContaining( "Attribute 'grid' of entity" )
				.hasMessageContaining( "only arrays of basic values (strings, numbers, dates, UUIDs, enums…) are stored" );
	}

	private static void start(Class<?>... entities) {
		new HibernatePersistenceConfiguration( "basic-arrays" )
				.managedClasses( entities )
				.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
				.property( "jakarta.persistence.jdbc.url", server.getConnectionString() + "/arrays" )
				.createEntityManagerFactory()
				.close();
	}

	@Entity(name = "Tagged")
	static class Tagged {
		@Id
		Long id;

		String[] tags;
	}

	@Entity(name = "Listed")
	static class Listed {
		@Id
		Long id;

		List<String> names;
	}

	@Entity(name = "Nested")
	static class Nested {
		@Id
		Long id;

		java.sql.Blob[] grid;
	}
}
