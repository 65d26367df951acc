package io.hibermongo.embedded;

import java.util.List;
import java.util.function.Consumer;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.embedded.model.Address;
import io.hibermongo.embedded.model.Contact;
import io.hibermongo.embedded.model.Ledger;
import io.hibermongo.embedded.model.Point;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands element collections become, as Hibernate logs them (Extended JSON, parameters as
 * <code>{"$param": n}</code>; an array slot named by a parameter shows as <code>$[pn]</code>). The
 * integration tests check what they do; these pin what is sent, and what is refused by name.
 */
class ArrayGoldenMqlTest {

	private static StatementCapture capture;

	@BeforeAll
	static void start() {
		capture = new StatementCapture( Contact.class );
		capture.sessionFactory.inTransaction( session -> {
			Contact contact = new Contact( 1L );
			contact.tags.add( "a" );
			contact.phones.addAll( List.of( "1", "2", "3" ) );
			contact.scores.put( "k", 1 );
			contact.addresses.add( new Address( "Oslo" ) );
			contact.labels.add( "l" );
			contact.points.addAll( List.of( new Point( 1, 2 ), new Point( 3, 4 ) ) );
			session.persist( contact );
		} );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	/** The writes of {@code change} to contact 1. */
	private static List<String> writes(Consumer<Contact> change) {
		capture.sessionFactory.inTransaction( session -> {
			Contact contact = session.find( Contact.class, 1L );
			capture.take();
			change.accept( contact );
			session.flush();
		} );
		return capture.take().stream().filter( statement -> !statement.startsWith( "{\"find\"" ) ).toList();
	}

	private static String query(String hql) {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
		return capture.take().get( 0 );
	}

	@Test
	void anAddedSetElementIsPushed() {
		assertThat( writes( contact -> contact.tags.add( "b" ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$push": {"tags": {"$each": [{"$param": 2}]}}}}]}""" );
	}

	@Test
	void aRemovedSetElementIsPulledByValue() {
		capture.sessionFactory.inTransaction( session -> session.find( Contact.class, 1L ).tags.add( "gone" ) );
		assertThat( writes( contact -> contact.tags.remove( "gone" ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$pull": {"tags": {"$param": 2}}}}]}""" );
	}

	@Test
	void aRemovedEmbeddableSetElementIsPulledByAllItsFields() {
		assertThat( writes( contact -> contact.points.remove( new Point( 3, 4 ) ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$pull": {"points": {"x": {"$param": 2}, \
				"y": {"$param": 3}}}}}]}""" );
		int left = capture.sessionFactory.fromSession( session -> session.find( Contact.class, 1L ).points.size() );
		assertThat( left ).isEqualTo( 1 );
	}

	@Test
	void aChangedListElementSetsItsSlot() {
		assertThat( writes( contact -> contact.phones.set( 1, "x" ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 2}}, "u": {"$set": {"phones.$[p3]": {"$param": 1}}}}]}""" );
	}

	@Test
	void anAddedListElementSetsItsSlotOrCreatesTheArray() {
		assertThat( writes( contact -> contact.phones.add( "4" ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}, "phones": {"$exists": true}}, \
				"u": {"$set": {"phones.$[p2]": {"$param": 3}}}}, {"q": {"_id": {"$param": 1}, "phones": {"$exists": false}}, \
				"u": {"$set": {"phones": [{"$param": 3}]}}}]}""" );
	}

	@Test
	void aRemovedTailOfAListCutsTheArrayOrSetsNull() {
		capture.sessionFactory.inTransaction( session -> session.find( Contact.class, 1L ).phones.add( "tail" ) );
		assertThat( writes( contact -> contact.phones.remove( contact.phones.size() - 1 ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}, "phones.$[p2+1]": {"$exists": false}}, \
				"u": {"$push": {"phones": {"$each": [], "$slice": {"$param": 2}}}}}, \
				{"q": {"_id": {"$param": 1}, "phones.$[p2+1]": {"$exists": true}}, "u": {"$set": {"phones.$[p2]": null}}}]}""" );
	}

	@Test
	void anAddedMapEntryIsPushedAsKeyAndValue() {
		assertThat( writes( contact -> contact.scores.put( "n", 2 ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, \
				"u": {"$push": {"scores": {"$each": [{"k": {"$param": 2}, "v": {"$param": 3}}]}}}}]}""" );
	}

	@Test
	void aChangedMapValueIsSetThroughAnArrayFilterOnItsKey() {
		assertThat( writes( contact -> contact.scores.put( "k", 5 ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 2}}, "u": {"$set": {"scores.$[e0].v": {"$param": 1}}}, \
				"arrayFilters": [{"e0.k": {"$param": 3}}]}]}""" );
	}

	@Test
	void aRemovedMapEntryIsPulledByKey() {
		capture.sessionFactory.inTransaction( session -> session.find( Contact.class, 1L ).scores.put( "gone", 0 ) );
		assertThat( writes( contact -> contact.scores.remove( "gone" ) ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$pull": {"scores": {"k": {"$param": 2}}}}}]}""" );
	}

	@Test
	void aChangedBagIsEmptiedAndPushedAgainWithNestedDocuments() {
		assertThat( writes( contact -> contact.addresses.get( 0 ).city = "Rome" ) ).containsExactly( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$set": {"addresses": []}}}]}""", """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, \
				"u": {"$push": {"addresses": {"$each": [{"city": {"$param": 2}, "geo": {"lat": {"$param": 3}, "lng": {"$param": 4}}}]}}}}]}""" );
	}

	@Test
	void anEmptiedCollectionIsAnEmptyArrayAndANullOneIsUnset() {
		assertThat( writes( contact -> {
			contact.labels.clear();
			contact.scores = null;
		} ) ).containsExactlyInAnyOrder( """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$set": {"labels": []}}}]}""", """
				{"update": "Contact", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$unset": {"scores": ""}}}]}""" );
		capture.sessionFactory.inTransaction( session -> {
			Contact contact = session.find( Contact.class, 1L );
			contact.labels.add( "l" );
			contact.scores = new java.util.HashMap<>( java.util.Map.of( "k", 1 ) );
		} );
	}

	@Test
	void aCollectionLoadsWithAFindUnwoundOnTheClient() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.find( Contact.class, 1L ).phones.size() );
		assertThat( capture.take() ).containsExactly( """
				{"find": "Contact", "filter": {"_id": {"$param": 1}}, "projection": {"_id": 1, "name": 1, "labels": 1}, \
				"expand": [{"$unwind": {"path": "$labels", "includeArrayIndex": "labels#i", "preserveNullAndEmptyArrays": true}}]}""", """
				{"find": "Contact", "filter": {"_id": {"$param": 1}}, "projection": {"_id": 1, "phones": 1}, \
				"expand": [{"$unwind": {"path": "$phones", "includeArrayIndex": "phones#i"}}]}""" );
	}

	@Test
	void aJoinWithConditionsOnOneElementUnwindsOnTheServer() {
		assertThat( query( "select c.id from Contact c join c.addresses a where a.city = 'Oslo' and a.geo.lat > 1" ) ).isEqualTo( """
				{"aggregate": "Contact", "pipeline": [{"$match": {"addresses": {"$elemMatch": {"$and": [{"city": "Oslo"}, \
				{"geo.lat": {"$gt": 1}}]}}}}, {"$unwind": {"path": "$addresses", "includeArrayIndex": "addresses#i"}}, \
				{"$match": {"$and": [{"addresses": {"$ne": null}}, {"addresses.city": "Oslo"}, {"addresses.geo.lat": {"$gt": 1}}]}}, \
				{"$project": {"_id": 0, "c0": "$_id"}}]}""" );
	}

	@Test
	void memberOfIsAnElemMatch() {
		assertThat( query( "select c.id from Contact c where 'a' member of c.tags" ) ).isEqualTo( """
				{"find": "Contact", "filter": {"tags": {"$elemMatch": {"$eq": "a"}}}, "projection": {"_id": 1}}""" );
	}

	@Test
	void isEmptyIsNoElementThatIsNotNull() {
		assertThat( query( "select c.id from Contact c where c.tags is empty" ) ).isEqualTo( """
				{"find": "Contact", "filter": {"$nor": [{"tags": {"$elemMatch": {"$ne": null}}}]}, "projection": {"_id": 1}}""" );
	}

	@Test
	void existsOverTheOwnElementsTestsOneElement() {
		assertThat( query( "select c.id from Contact c where exists (select a from c.addresses a where a.city = 'Oslo' and a.geo.lat > 1)" ) )
				.isEqualTo( """
						{"find": "Contact", "filter": {"addresses": {"$elemMatch": {"$and": [{"city": "Oslo"}, {"geo.lat": {"$gt": 1}}]}}}, \
						"projection": {"_id": 1}}""" );
	}

	@Test
	void sizeOfAnOrderedListCountsItsNonNullSlots() {
		assertThat( query( "select size(c.phones) from Contact c" ) ).isEqualTo( """
				{"aggregate": "Contact", "pipeline": [{"$project": {"_id": 0, "c0": {"$size": [{"$filter": \
				{"input": {"$ifNull": ["$phones", {"$literal": []}]}, "cond": {"$ne": ["$$this", {"$literal": null}]}}}]}}}]}""" );
	}

	@Test
	void aJoinWithAnOnConditionIsRefusedByName() {
		assertThatThrownBy( () -> query( "select c.id from Contact c join c.tags t on t = 'a'" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A join to the elements of tags with a condition (on/with) is not supported" );
	}

	@Test
	void aLeftJoinFilteredOnTheElementsOfAnOrderedListIsRefusedByName() {
		assertThatThrownBy( () -> query( "select c.id from Contact c left join c.phones p where c.name is null order by p" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A left join to the elements of 'phones' with conditions, ordering, grouping or paging on an @OrderColumn list" );
	}

	@Test
	void joiningTheSameCollectionTwiceIsRefusedByName() {
		assertThatThrownBy( () -> query( "select c.id from Contact c join c.tags t join c.tags u" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Joining the elements of tags twice in one query" );
	}

	@Test
	void anAggregateOverElementsIsAnExpressionOverTheArray() {
		assertThat( query( "select (select max(t) from c.tags t) from Contact c" ) ).isEqualTo( """
				{"aggregate": "Contact", "pipeline": [{"$project": {"_id": 0, "c0": {"$max": [{"$map": {"input": {"$ifNull": ["$tags", {"$literal": []}]}, "in": "$$this"}}]}}}]}""" );
	}

	@Test
	void twoConditionsOnOneBasicElementInsideExistsFilterTheArray() {
		assertThat( query( "select c.id from Contact c where exists (select t from c.tags t where t > 'a' and t < 'c')" ) ).isEqualTo( """
				{"find": "Contact", "filter": {"$expr": {"$gt": [{"$size": [{"$filter": {"input": {"$ifNull": ["$tags", {"$literal": []}]}, \
				"cond": {"$and": [{"$and": [{"$gt": ["$$this", {"$literal": null}]}, {"$gt": ["$$this", {"$literal": "a"}]}]}, \
				{"$and": [{"$gt": ["$$this", {"$literal": null}]}, {"$lt": ["$$this", {"$literal": "c"}]}]}]}}}]}, {"$literal": 0}]}}, "projection": {"_id": 1}}""" );
	}

	@Test
	void aSubqueryInsideASubqueryOverElementsIsRefusedByName() {
		assertThatThrownBy( () -> query( "select (select max(t) from c.tags t where t in (select d.name from Contact d)) from Contact c" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A subquery inside a subquery over the elements of 'tags'" );
	}

	@Test
	void anIdBagIsRefusedAtStartupNamingIt() {
		assertThatThrownBy( () -> StatementCapture.start( Ledger.class ) )
				.rootCause()
				.hasMessageContaining( "Attribute 'entries' of entity" )
				.hasMessageContaining( "id bags (@CollectionId) are not stored yet" );
	}
}
