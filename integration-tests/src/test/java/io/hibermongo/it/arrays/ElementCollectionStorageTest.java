package io.hibermongo.it.arrays;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.it.arrays.model.Address;
import io.hibermongo.it.arrays.model.Contact;
import io.hibermongo.it.arrays.model.Geo;
import io.hibermongo.it.arrays.model.Kind;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents element collections are stored as, read with the driver, and what Hibernate reads back.
 */
class ElementCollectionStorageTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Contact.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	private static BsonDocument stored(long id) {
		return mongoServer.database().getCollection( "Contact", BsonDocument.class )
				.find( new BsonDocument( "_id", new org.bson.BsonInt64( id ) ) ).first();
	}

	@Test
	void everyKindOfElementCollectionIsAnArrayInTheOwnerDocument() {
		Contact contact = new Contact( 1L, "Ada" );
		contact.getTags().add( "math" );
		contact.getAddresses().add( new Address( "1 Main", "Oslo", new Geo( 59.9, 10.7 ) ) );
		contact.getPhones().addAll( List.of( "111", "222" ) );
		contact.getScores().put( "logic", 3 );
		contact.getByKind().put( Kind.HOME, new Address( "2 Side", "Rome", null ) );
		contact.getKinds().add( Kind.WORK );
		Persistence.persist( factory, contact );

		assertThat( stored( 1L ) ).isEqualTo( BsonDocument.parse( """
				{_id: {$numberLong: "1"}, name: "Ada", version: 0, tags: ["math"],
				 addresses: [{city: "Oslo", geo: {lat: 59.9, lng: 10.7}, street: "1 Main"}],
				 phones: ["111", "222"], scores: [{k: "logic", v: 3}],
				 byKind: [{k: "HOME", v: {city: "Rome", street: "2 Side"}}], kinds: ["WORK"]}""" ) );

		Persistence.inTransaction( factory, em -> {
			Contact found = em.find( Contact.class, 1L );
			assertThat( found.getTags() ).containsExactly( "math" );
			assertThat( found.getAddresses() ).containsExactly( new Address( "1 Main", "Oslo", new Geo( 59.9, 10.7 ) ) );
			assertThat( found.getPhones() ).containsExactly( "111", "222" );
			assertThat( found.getScores() ).isEqualTo( Map.of( "logic", 3 ) );
			assertThat( found.getByKind() ).isEqualTo( Map.of( Kind.HOME, new Address( "2 Side", "Rome", null ) ) );
			assertThat( found.getKinds() ).isEqualTo( Set.of( Kind.WORK ) );
		} );
	}
}
