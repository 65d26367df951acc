package io.hibermongo.dialect.internal.layout;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without the gridfs module on the classpath (as in this module's tests), a LOB attribute fails at
 * startup with a message that names it and says which module to add.
 */
class LobWithoutGridFsTest {

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
	void lobAttributeFailsAtStartupAskingForTheGridFsModule() {
		HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration( "lob-without-gridfs" )
				.managedClasses( Attachment.class )
				.property( "hibernate.dialect", "io.hibermongo.dialect.MongoDialect" )
				.property( "jakarta.persistence.jdbc.url", server.getConnectionString() + "/lobs" );

		assertThatThrownBy( configuration::createEntityManagerFactory )
				.rootCause()
				.hasMessageContaining( "Attribute 'content' of entity" )
				.hasMessageContaining( "Attachment" )
				.hasMessageContaining( "LOBs need the hibermongo-gridfs module" );
	}

	@Entity(name = "Attachment")
	static class Attachment {
		@Id
		Long id;

		@Lob
		byte[] content;
	}
}
