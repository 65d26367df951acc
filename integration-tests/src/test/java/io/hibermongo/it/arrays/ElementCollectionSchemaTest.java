package io.hibermongo.it.arrays;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.hibermongo.it.arrays.model.Contact;
import io.hibermongo.it.arrays.model.Playlist;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema export makes no collection for a collection table: its rows live in the owner's documents. */
class ElementCollectionSchemaTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void emptyDatabase() {
		mongoServer.database().drop();
	}

	private static Set<String> collections() {
		return mongoServer.database().listCollectionNames().into( new HashSet<>() );
	}

	@Test
	void createMakesOnlyTheOwnersCollections() {
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.HBM2DDL_AUTO, "create" ), Contact.class, Playlist.class ) ) {
			Contact contact = new Contact( 1L, "Ada" );
			contact.getTags().add( "a" );
			Persistence.persist( factory, contact );

			assertThat( collections() ).containsExactlyInAnyOrder( "Contact", "Playlist" );
		}
	}

	@Test
	void validateAndUpdateDoNotAskForCollectionTables() {
		try ( EntityManagerFactory created = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.HBM2DDL_AUTO, "update" ), Contact.class ) ) {
			assertThat( collections() ).containsExactly( "Contact" );
		}
		try ( EntityManagerFactory validated = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.HBM2DDL_AUTO, "validate" ), Contact.class ) ) {
			assertThat( collections() ).containsExactly( "Contact" );
		}
	}
}
