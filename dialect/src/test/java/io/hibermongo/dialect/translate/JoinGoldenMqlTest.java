package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipelines joins to other collections become: {@code $lookup} on the foreign key, {@code $filter}
 * for other conditions, {@code $unwind} (keeping unmatched rows for left joins).
 */
class JoinGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden_joins", Novel.class, Writer.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
		return capture.last();
	}

	/** The statement {@code hql} runs, whether or not the in-process server can run it. */
	private static String recorded(String hql) {
		return capture.recordedOf( hql );
	}

	@Test
	void findJoinsAnEagerManyToOneWithLookupOnTheForeignKey() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.find( Novel.class, 1L ) );
		assertThat( capture.last() ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$match": {"_id": {"$param": 1}}}, \
				{"$lookup": {"from": "Writer", "localField": "writer_id", "foreignField": "_id", "as": "#w1_0"}}, \
				{"$unwind": {"path": "$#w1_0", "preserveNullAndEmptyArrays": true}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": "$title", "c2": "$#w1_0._id", "c3": "$#w1_0.age", "c4": "$#w1_0.name", "c5": "$writerName"}}]}""" );
	}

	@Test
	void innerJoinDropsRowsWithoutTarget() {
		assertThat( mql( "select n.title, w.name from Novel n join n.writer w where w.age > 3 and n.title = 'x'" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$match": {"title": "x"}}, \
				{"$lookup": {"from": "Writer", "localField": "writer_id", "foreignField": "_id", "as": "#w1_0"}}, \
				{"$unwind": {"path": "$#w1_0"}}, {"$match": {"#w1_0.age": {"$gt": 3}}}, \
				{"$project": {"_id": 0, "c0": "$title", "c1": "$#w1_0.name"}}]}""" );
	}

	@Test
	void entityJoinOnOtherConditionsFiltersTheLookedUpDocuments() {
		assertThat( mql( "select n.title, w.id from Novel n left join Writer w on w.name = n.writerName and w.age > 3" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [\
				{"$lookup": {"from": "Writer", "localField": "writerName", "foreignField": "name", "as": "#w1_0"}}, \
				{"$addFields": {"#w1_0": {"$filter": {"input": "$#w1_0", "cond": {"$and": [\
				{"$and": [{"$gt": ["$$this.name", {"$literal": null}]}, {"$eq": ["$$this.name", "$writerName"]}]}, \
				{"$and": [{"$gt": ["$$this.age", {"$literal": null}]}, {"$gt": ["$$this.age", {"$literal": 3}]}]}]}}}}}, \
				{"$unwind": {"path": "$#w1_0", "preserveNullAndEmptyArrays": true}}, \
				{"$project": {"_id": 0, "c0": "$title", "c1": "$#w1_0._id"}}]}""" );
	}

	@Test
	void crossJoinLooksUpEveryDocument() {
		assertThat( mql( "select n.title, w.name from Novel n, Writer w" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$lookup": {"from": "Writer", "let": {}, "pipeline": [], "as": "#w1_0"}}, \
				{"$unwind": {"path": "$#w1_0"}}, {"$project": {"_id": 0, "c0": "$title", "c1": "$#w1_0.name"}}]}""" );
	}

	@Test
	void rightJoinIsTheLeftJoinFromTheOtherSide() {
		assertThat( mql( "select n.title, w.name from Novel n right join n.writer w where w.age > 3" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$match": {"age": {"$gt": 3}}}, \
				{"$lookup": {"from": "Novel", "localField": "_id", "foreignField": "writer_id", "as": "#n1_0"}}, \
				{"$unwind": {"path": "$#n1_0", "preserveNullAndEmptyArrays": true}}, \
				{"$project": {"_id": 0, "c0": "$#n1_0.title", "c1": "$name"}}]}""" );
	}

	@Test
	void fullJoinAddsTheUnmatchedDocumentsOfTheOtherCollectionWithUnionWith() {
		assertThat( recorded( "select n.title, w.name from Novel n full join n.writer w where n.title = 'x' or w.age > 3" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [\
				{"$lookup": {"from": "Writer", "localField": "writer_id", "foreignField": "_id", "as": "#w1_0"}}, \
				{"$unwind": {"path": "$#w1_0", "preserveNullAndEmptyArrays": true}}, \
				{"$unionWith": {"coll": "Writer", "pipeline": [\
				{"$lookup": {"from": "Novel", "localField": "_id", "foreignField": "writer_id", "as": "#n1_0"}}, \
				{"$match": {"#n1_0": []}}, {"$replaceRoot": {"newRoot": {"#w1_0": "$$ROOT"}}}]}}, \
				{"$match": {"$or": [{"title": "x"}, {"#w1_0.age": {"$gt": 3}}]}}, \
				{"$project": {"_id": 0, "c0": "$title", "c1": "$#w1_0.name"}}]}""" );
	}

	@Test
	void rightJoinAfterAnotherJoinIsRefusedByName() {
		assertThatThrownBy( () -> mql( "select n.title from Novel n join n.writer w right join Writer w2 on w2.name = n.writerName" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "A right join after other joins" );
	}

	@Test
	void fullJoinAfterAnotherJoinIsRefusedByName() {
		assertThatThrownBy( () -> mql( "select n.title from Novel n join n.writer w full join Writer w2 on w2.name = n.writerName" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "A full join after other joins" );
	}
}
