package io.hibermongo.it.arrays;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.hibermongo.it.arrays.model.Address;
import io.hibermongo.it.arrays.model.Contact;
import io.hibermongo.it.arrays.model.Geo;
import io.hibermongo.it.arrays.model.Kind;
import io.hibermongo.it.arrays.model.Member;
import io.hibermongo.it.arrays.model.Profile;
import io.hibermongo.it.arrays.model.Slot;
import io.hibermongo.it.arrays.model.Team;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What element collections are stored as, and how each change to them (add, remove, reorder, replace,
 * clear, NULL, owner delete, orphan removal) changes the owner's document, read with the driver; and that
 * Hibernate reads back what it wrote.
 */
class ElementCollectionWritesTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final AtomicLong ids = new AtomicLong();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Contact.class, Profile.class, Team.class, Member.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	private static BsonDocument stored(String collection, long id) {
		return mongoServer.database().getCollection( collection, BsonDocument.class )
				.find( new BsonDocument( "_id", new BsonInt64( id ) ) ).first();
	}

	private static BsonValue field(long id, String field) {
		return stored( "Contact", id ).get( field );
	}

	private static BsonArray array(String json) {
		return BsonArray.parse( json );
	}

	private static long contact(Consumer<Contact> filling) {
		Contact contact = new Contact( ids.incrementAndGet(), "c" + ids.get() );
		filling.accept( contact );
		Persistence.persist( factory, contact );
		return contact.getId();
	}

	private static void change(long id, Consumer<Contact> change) {
		Persistence.inTransaction( factory, em -> change.accept( em.find( Contact.class, id ) ) );
	}

	private static <T> T read(long id, java.util.function.Function<Contact, T> reading) {
		List<T> result = new ArrayList<>();
		Persistence.inTransaction( factory, em -> result.add( reading.apply( em.find( Contact.class, id ) ) ) );
		return result.get( 0 );
	}

	@Test
	void everyKindOfElementCollectionIsAnArrayInTheOwnerDocument() {
		long id = contact( contact -> {
			contact.getTags().add( "math" );
			contact.getAddresses().add( new Address( "1 Main", "Oslo", new Geo( 59.9, 10.7 ) ) );
			contact.getPhones().addAll( List.of( "111", "222" ) );
			contact.getScores().put( "logic", 3 );
			contact.getByKind().put( Kind.HOME, new Address( "2 Side", "Rome", null ) );
			contact.getKinds().add( Kind.WORK );
		} );

		assertThat( stored( "Contact", id ) ).isEqualTo( BsonDocument.parse( """
				{_id: {$numberLong: "%d"}, name: "c%d", version: 0,
				 addresses: [{city: "Oslo", geo: {lat: 59.9, lng: 10.7}, street: "1 Main"}],
				 byKind: [{k: "HOME", v: {city: "Rome", street: "2 Side"}}], kinds: ["WORK"],
				 phones: ["111", "222"], scores: [{k: "logic", v: 3}], tags: ["math"]}""".formatted( id, id ) ) );
		Persistence.inTransaction( factory, em -> {
			Contact found = em.find( Contact.class, id );
			assertThat( found.getTags() ).containsExactly( "math" );
			assertThat( found.getAddresses() ).containsExactly( new Address( "1 Main", "Oslo", new Geo( 59.9, 10.7 ) ) );
			assertThat( found.getPhones() ).containsExactly( "111", "222" );
			assertThat( found.getScores() ).isEqualTo( Map.of( "logic", 3 ) );
			assertThat( found.getByKind() ).isEqualTo( Map.of( Kind.HOME, new Address( "2 Side", "Rome", null ) ) );
			assertThat( found.getKinds() ).isEqualTo( Set.of( Kind.WORK ) );
		} );
	}

	@Test
	void anEmptyCollectionIsAnEmptyArrayAndANullOneNoField() {
		long id = contact( contact -> contact.setPhones( null ) );

		assertThat( field( id, "tags" ) ).isEqualTo( new BsonArray() );
		assertThat( stored( "Contact", id ).containsKey( "phones" ) ).isFalse();
		boolean empty = read( id, contact -> contact.getTags().isEmpty() && contact.getPhones().isEmpty() );
		assertThat( empty ).isTrue();
	}

	@Test
	void addingAnElementToASetPushesIt() {
		long id = contact( contact -> contact.getTags().add( "a" ) );

		change( id, contact -> contact.getTags().add( "b" ) );

		assertThat( field( id, "tags" ) ).isEqualTo( array( "['a', 'b']" ) );
	}

	@Test
	void removingAnElementFromASetPullsIt() {
		long id = contact( contact -> contact.getTags().addAll( List.of( "a", "b", "c" ) ) );

		change( id, contact -> contact.getTags().remove( "b" ) );

		Set<String> tags = read( id, contact -> new HashSet<>( contact.getTags() ) );
		assertThat( tags ).isEqualTo( Set.of( "a", "c" ) );
		assertThat( field( id, "tags" ).asArray() ).hasSize( 2 );
	}

	@Test
	void clearingACollectionLeavesAnEmptyArray() {
		long id = contact( contact -> contact.getTags().addAll( List.of( "a", "b" ) ) );

		change( id, contact -> contact.getTags().clear() );

		assertThat( field( id, "tags" ) ).isEqualTo( new BsonArray() );
	}

	@Test
	void settingACollectionToNullRemovesTheField() {
		long id = contact( contact -> contact.getTags().add( "a" ) );

		change( id, contact -> contact.setTags( null ) );

		assertThat( stored( "Contact", id ).containsKey( "tags" ) ).isFalse();
		boolean empty = read( id, contact -> contact.getTags().isEmpty() );
		assertThat( empty ).isTrue();
	}

	@Test
	void replacingACollectionStoresTheNewElements() {
		long id = contact( contact -> contact.getTags().add( "old" ) );

		change( id, contact -> contact.setTags( new HashSet<>( Set.of( "new" ) ) ) );

		assertThat( field( id, "tags" ) ).isEqualTo( array( "['new']" ) );
	}

	@Test
	void aBagKeepsDuplicatesThroughAChange() {
		Address home = new Address( "1 Main", "Oslo", null );
		long id = contact( contact -> contact.getAddresses().addAll( List.of( home, home ) ) );

		change( id, contact -> contact.getAddresses().add( new Address( "2 Side", "Rome", null ) ) );

		assertThat( field( id, "addresses" ) ).isEqualTo( array( """
				[{city: "Oslo", street: "1 Main"}, {city: "Oslo", street: "1 Main"}, {city: "Rome", street: "2 Side"}]""" ) );
		List<Address> addresses = read( id, contact -> new ArrayList<>( contact.getAddresses() ) );
		assertThat( addresses ).hasSize( 3 );
	}

	@Test
	void changingAFieldOfABagElementRewritesTheBag() {
		long id = contact( contact -> contact.getAddresses().add( new Address( "1 Main", "Oslo", new Geo( 1.0, 2.0 ) ) ) );

		change( id, contact -> contact.getAddresses().get( 0 ).setCity( "Bergen" ) );

		assertThat( field( id, "addresses" ) ).isEqualTo( array( "[{city: 'Bergen', geo: {lat: 1.0, lng: 2.0}, street: '1 Main'}]" ) );
	}

	@Test
	void settingAnElementOfAnOrderedListSetsItsSlot() {
		long id = contact( contact -> contact.getPhones().addAll( List.of( "a", "b", "c" ) ) );

		change( id, contact -> contact.getPhones().set( 1, "B" ) );

		assertThat( field( id, "phones" ) ).isEqualTo( array( "['a', 'B', 'c']" ) );
	}

	@Test
	void appendingToAnOrderedListAddsASlot() {
		long id = contact( contact -> contact.getPhones().add( "a" ) );

		change( id, contact -> contact.getPhones().add( "b" ) );

		assertThat( field( id, "phones" ) ).isEqualTo( array( "['a', 'b']" ) );
	}

	@Test
	void removingTheFirstElementOfAnOrderedListShiftsTheOthersAndCutsTheTail() {
		long id = contact( contact -> contact.getPhones().addAll( List.of( "a", "b", "c" ) ) );

		change( id, contact -> contact.getPhones().remove( 0 ) );

		assertThat( field( id, "phones" ) ).isEqualTo( array( "['b', 'c']" ) );
		List<String> phones = read( id, contact -> List.copyOf( contact.getPhones() ) );
		assertThat( phones ).containsExactly( "b", "c" );
	}

	@Test
	void reorderingAnOrderedListRewritesTheMovedSlots() {
		long id = contact( contact -> contact.getPhones().addAll( List.of( "a", "b", "c" ) ) );

		change( id, contact -> Collections.reverse( contact.getPhones() ) );

		assertThat( field( id, "phones" ) ).isEqualTo( array( "['c', 'b', 'a']" ) );
	}

	@Test
	void aNullElementOfAnOrderedListIsANullSlotAndReadsBackAsNull() {
		long id = contact( contact -> contact.getPhones().addAll( List.of( "a", "b", "c" ) ) );

		change( id, contact -> contact.getPhones().set( 1, null ) );

		assertThat( field( id, "phones" ) ).isEqualTo( array( "['a', null, 'c']" ) );
		List<String> phones = read( id, contact -> new ArrayList<>( contact.getPhones() ) );
		assertThat( phones ).containsExactly( "a", null, "c" );
	}

	@Test
	void puttingANewKeyPushesAnEntry() {
		long id = contact( contact -> contact.getScores().put( "a", 1 ) );

		change( id, contact -> contact.getScores().put( "b", 2 ) );

		assertThat( field( id, "scores" ) ).isEqualTo( array( "[{k: 'a', v: 1}, {k: 'b', v: 2}]" ) );
	}

	@Test
	void changingAMapValueSetsItInPlace() {
		long id = contact( contact -> {
			contact.getScores().put( "a", 1 );
			contact.getScores().put( "b", 2 );
		} );

		change( id, contact -> contact.getScores().put( "b", 20 ) );

		Map<String, Integer> scores = read( id, contact -> Map.copyOf( contact.getScores() ) );
		assertThat( scores ).isEqualTo( Map.of( "a", 1, "b", 20 ) );
		assertThat( field( id, "scores" ).asArray() ).contains( BsonDocument.parse( "{k: 'b', v: 20}" ) ).hasSize( 2 );
	}

	@Test
	void removingAMapKeyPullsItsEntry() {
		long id = contact( contact -> {
			contact.getScores().put( "a", 1 );
			contact.getScores().put( "b", 2 );
		} );

		change( id, contact -> contact.getScores().remove( "a" ) );

		assertThat( field( id, "scores" ) ).isEqualTo( array( "[{k: 'b', v: 2}]" ) );
	}

	@Test
	void changingAnEmbeddableMapValueSetsTheWholeValue() {
		long id = contact( contact -> contact.getByKind().put( Kind.WORK, new Address( "1 Main", "Oslo", null ) ) );

		change( id, contact -> contact.getByKind().put( Kind.WORK, new Address( "9 Quay", "Bergen", new Geo( 60.4, 5.3 ) ) ) );

		assertThat( field( id, "byKind" ) ).isEqualTo( array( "[{k: 'WORK', v: {city: 'Bergen', geo: {lat: 60.4, lng: 5.3}, street: '9 Quay'}}]" ) );
	}

	@Test
	void valuesAndKeysWithDollarDotOrNulAreStoredAsPlainValues() {
		long id = contact( contact -> {
			contact.getTags().addAll( List.of( "$gt", "a.b", "x\0y" ) );
			contact.getScores().put( "$set", 1 );
			contact.getScores().put( "k.e.y", 2 );
		} );

		change( id, contact -> {
			contact.getTags().remove( "$gt" );
			contact.getScores().put( "$set", 10 );
			contact.getScores().remove( "k.e.y" );
		} );

		Set<String> tags = read( id, contact -> new HashSet<>( contact.getTags() ) );
		assertThat( tags ).isEqualTo( Set.of( "a.b", "x\0y" ) );
		assertThat( field( id, "scores" ) ).isEqualTo( array( "[{k: '$set', v: 10}]" ) );
		Persistence.inTransaction( factory, em -> assertThat( em.createQuery(
				"select c.id from Contact c where :tag member of c.tags", Long.class ).setParameter( "tag", "x\0y" ).getResultList() )
				.containsExactly( id ) );
	}

	@Test
	void anElementChangeIncrementsTheOwnersVersion() {
		long id = contact( contact -> contact.getTags().add( "a" ) );

		change( id, contact -> contact.getTags().add( "b" ) );

		int version = read( id, Contact::getVersion );
		assertThat( version ).isEqualTo( 1 );
	}

	@Test
	void deletingTheOwnerDeletesItsDocumentWithItsArrays() {
		long id = contact( contact -> {
			contact.getTags().add( "a" );
			contact.getPhones().add( "1" );
		} );

		Persistence.inTransaction( factory, em -> em.remove( em.find( Contact.class, id ) ) );

		assertThat( stored( "Contact", id ) ).isNull();
	}

	@Test
	void anOrphanRemovedOwnerIsDeletedWithItsArrays() {
		Team team = new Team( ids.incrementAndGet() );
		Member member = new Member( ids.incrementAndGet(), team );
		member.getSkills().add( "java" );
		team.getMembers().add( member );
		Persistence.persist( factory, team );
		assertThat( stored( "Member", member.getId() ).get( "skills" ) ).isEqualTo( array( "['java']" ) );

		Persistence.inTransaction( factory, em -> em.find( Team.class, team.getId() ).getMembers().clear() );

		assertThat( stored( "Member", member.getId() ) ).isNull();
	}

	@Test
	void elementCollectionsInsideAnEmbeddedValueNestUnderIt() {
		Profile profile = new Profile( ids.incrementAndGet() );
		profile.getDetails().setBio( "hi" );
		profile.getDetails().getNicknames().add( "Ace" );
		profile.getDetails().getAgenda().put( new Slot( "mon", 9 ), "gym" );
		Persistence.persist( factory, profile );

		Persistence.inTransaction( factory, em -> em.find( Profile.class, profile.getId() ).getDetails().getAgenda().put( new Slot( "mon", 9 ), "run" ) );

		assertThat( stored( "Profile", profile.getId() ).get( "details" ) ).isEqualTo( BsonDocument.parse( """
				{bio: "hi", agenda: [{k: {day: "mon", hour: 9}, v: "run"}], nicknames: ["Ace"]}""" ) );
		Persistence.inTransaction( factory, em -> {
			Profile found = em.find( Profile.class, profile.getId() );
			assertThat( found.getDetails().getNicknames() ).containsExactly( "Ace" );
			assertThat( found.getDetails().getAgenda() ).isEqualTo( Map.of( new Slot( "mon", 9 ), "run" ) );
		} );
	}

	@Test
	void aStatelessSessionWritesAndDeletesTheArrays() {
		long id = ids.incrementAndGet();
		SessionFactory sessions = factory.unwrap( SessionFactory.class );
		sessions.inStatelessTransaction( session -> {
			Contact contact = new Contact( id, "stateless" );
			contact.getTags().add( "a" );
			contact.getPhones().addAll( List.of( "1", "2" ) );
			session.insert( contact );
		} );
		assertThat( field( id, "tags" ) ).isEqualTo( array( "['a']" ) );
		assertThat( field( id, "phones" ) ).isEqualTo( array( "['1', '2']" ) );

		sessions.inStatelessTransaction( session -> session.delete( session.get( Contact.class, id ) ) );

		assertThat( stored( "Contact", id ) ).isNull();
	}
}
