package io.hibermongo.embedded;

import io.hibermongo.embedded.model.Club;
import io.hibermongo.embedded.model.Contact;
import io.hibermongo.embedded.model.Member;
import io.hibermongo.embedded.model.Shelf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ManyToMany} is an array of the target ids in the owner's document: its join-table rows are
 * written element by element like an element collection's, and reading it joins the array to the
 * targets' collection.
 */
class JoinTableGoldenMqlTest {

	private static StatementCapture capture;

	@BeforeAll
	static void start() {
		capture = new StatementCapture( Contact.class, Shelf.class, Club.class, Member.class );
		capture.sessionFactory.inTransaction( session -> {
			session.persist( new Contact( 1L ) );
			session.persist( new Contact( 2L ) );
			Shelf shelf = new Shelf();
			shelf.id = 1L;
			session.persist( shelf );
		} );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	@Test
	void anAddedTargetIsPushedAsItsId() {
		capture.sessionFactory.inTransaction( session -> {
			Shelf shelf = session.find( Shelf.class, 1L );
			capture.take();
			shelf.contacts.add( session.find( Contact.class, 2L ) );
			session.flush();
		} );
		assertThat( capture.take() ).filteredOn( statement -> statement.startsWith( "{\"update\"" ) ).containsExactly( """
				{"update": "Shelf", "updates": [{"q": {"_id": {"$param": 1}}, "u": {"$push": {"contacts": {"$each": [{"$param": 2}]}}}}]}""" );
	}

	@Test
	void loadingTheCollectionUnwindsTheIdsAndLooksUpEachTargetWithItsEagerElements() {
		capture.sessionFactory.inSession( session -> {
			Shelf shelf = session.find( Shelf.class, 1L );
			capture.take();
			shelf.contacts.size();
		} );
		assertThat( capture.take().get( 0 ) ).isEqualTo( """
				{"aggregate": "Shelf", "pipeline": [{"$match": {"_id": {"$param": 1}}}, \
				{"$unwind": {"path": "$contacts", "includeArrayIndex": "contacts#i"}}, {"$match": {"contacts": {"$ne": null}}}, \
				{"$lookup": {"from": "Contact", "localField": "contacts", "foreignField": "_id", "as": "#c1_1"}}, {"$unwind": {"path": "$#c1_1"}}, \
				{"$unwind": {"path": "$#c1_1.labels", "includeArrayIndex": "#c1_1:labels#i", "preserveNullAndEmptyArrays": true}}, \
				{"$addFields": {"#c1_1:labels#k": {"$cond": [{"$gt": ["$#c1_1:labels#i", {"$literal": null}]}, "$#c1_1._id", {"$literal": null}]}}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": "$#c1_1._id", "c2": "$#c1_1:labels#k", "c3": "$#c1_1.labels", "c4": "$#c1_1.name"}}]}""" );
	}

	@Test
	void aLeftJoinThroughTheArrayUnwindsItThenLooksUpEachTarget() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( "select s.id, c.name from Shelf s left join s.contacts c", Object[].class ).getResultList() );
		assertThat( capture.take().get( 0 ) ).isEqualTo( """
				{"aggregate": "Shelf", "pipeline": [\
				{"$unwind": {"path": "$contacts", "includeArrayIndex": "contacts#i", "preserveNullAndEmptyArrays": true}}, \
				{"$addFields": {"contacts#k": {"$cond": [{"$gt": ["$contacts#i", {"$literal": null}]}, "$_id", {"$literal": null}]}}}, \
				{"$lookup": {"from": "Contact", "localField": "contacts", "foreignField": "_id", "as": "#c1_1"}}, \
				{"$unwind": {"path": "$#c1_1", "preserveNullAndEmptyArrays": true}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": "$#c1_1.name"}}]}""" );
	}

	@Test
	void aJoinThroughTheInverseSideLooksUpTheOwnersWhoseArrayHoldsTheId() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( "select c.name, m.name from Club c join c.members m where m.name = 'x'",
				Object[].class ).getResultList() );
		assertThat( capture.take() ).containsExactly( """
				{"aggregate": "Club", "pipeline": [{"$lookup": {"from": "Member", "localField": "_id", "foreignField": "clubs", "as": "#m1_0"}}, \
				{"$unwind": {"path": "$#m1_0"}}, \
				{"$addFields": {"#m1_0#n": {"$range": [{"$literal": 0}, {"$size": [{"$filter": {"input": {"$ifNull": ["$#m1_0.clubs", {"$literal": []}]}, \
				"cond": {"$eq": ["$$this", "$_id"]}}}]}]}, \
				"#m1_0#e": {"$cond": [{"$gt": ["$#m1_0._id", {"$literal": null}]}, "$_id", {"$literal": null}]}}}, \
				{"$unwind": {"path": "$#m1_0#n"}}, {"$match": {"#m1_0.name": "x"}}, {"$project": {"_id": 0, "c0": "$name", "c1": "$#m1_0.name"}}]}""" );
	}
}
