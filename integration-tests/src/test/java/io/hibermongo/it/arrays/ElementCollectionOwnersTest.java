package io.hibermongo.it.arrays;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.it.arrays.model.Badge;
import io.hibermongo.it.arrays.model.BadgeKey;
import io.hibermongo.it.arrays.model.GuestBadge;
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
 * Owners other than a plain id: a composite id (the owner key is an {@code _id} sub-document), two EAGER
 * collections loaded with their owner in one {@code find}, and a SINGLE_TABLE subclass with a
 * collection of its own.
 */
class ElementCollectionOwnersTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Badge.class, GuestBadge.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@Test
	void aCompositeIdOwnerWithTwoEagerCollectionsLoadsThemWithItself() {
		BadgeKey key = new BadgeKey( "oslo", 7 );
		Badge badge = new Badge( key );
		badge.getDoors().addAll( Set.of( "front", "back" ) );
		badge.getFloors().addAll( Set.of( 1, 2, 3 ) );
		Persistence.persist( factory, badge );

		Persistence.inTransaction( factory, em -> em.find( Badge.class, key ).getDoors().remove( "back" ) );

		BsonDocument stored = mongoServer.database().getCollection( "Badge", BsonDocument.class ).find().first();
		assertThat( stored.getDocument( "_id" ) ).isEqualTo( BsonDocument.parse( "{number: 7, site: 'oslo'}" ) );
		assertThat( stored.getArray( "doors" ) ).containsExactly( new org.bson.BsonString( "front" ) );
		Persistence.inTransaction( factory, em -> {
			Badge found = em.find( Badge.class, key );
			assertThat( found.getDoors() ).containsExactly( "front" );
			assertThat( found.getFloors() ).containsExactlyInAnyOrder( 1, 2, 3 );
		} );
	}

	@Test
	void aSubclassCollectionLivesInTheHierarchysDocuments() {
		BadgeKey key = new BadgeKey( "rome", 1 );
		GuestBadge badge = new GuestBadge( key );
		badge.getHosts().add( "Ada" );
		badge.getDoors().add( "lobby" );
		Persistence.persist( factory, badge );

		Persistence.inTransaction( factory, em -> {
			List<GuestBadge> guests = em.createQuery( "from GuestBadge g where 'Ada' member of g.hosts", GuestBadge.class ).getResultList();
			assertThat( guests ).hasSize( 1 );
			assertThat( guests.get( 0 ).getHosts() ).containsExactly( "Ada" );
			assertThat( guests.get( 0 ).getDoors() ).containsExactly( "lobby" );
		} );
	}
}
