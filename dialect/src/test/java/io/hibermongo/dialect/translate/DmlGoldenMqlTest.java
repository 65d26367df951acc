package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands of bulk HQL that needs a read and of HQL inserts: the read is the aggregate a query with
 * the same FROM and WHERE would run, selecting the target's {@code _id} (and the new values); the write
 * that follows names the ids read ({@code $readIds}) or the row's columns ({@code $row}).
 */
class DmlGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden_dml", Novel.class, Writer.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	/** The command of the bulk statement {@code hql}, run once; {@code parameters} alternate names and values. */
	private static String mutation(String hql, Object... parameters) {
		capture.take();
		capture.sessionFactory.inTransaction( session -> {
			var query = session.createMutationQuery( hql );
			for ( int i = 0; i < parameters.length; i += 2 ) {
				query.setParameter( (String) parameters[i], parameters[i + 1] );
			}
			query.executeUpdate();
		} );
		return capture.last();
	}

	@Test
	void deleteWithSubqueryReadsTheIdsThenDeletesThem() {
		assertThat( mutation( "delete from Novel n where n.writerName in (select w.name from Writer w where w.age > 3)" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$lookup": {"from": "Writer", "let": {"t0": {"$ifNull": ["$writerName", {"$literal": null}]}}, "pipeline": [{"$match": {"age": {"$gt": 3}}}, \
				{"$match": {"$expr": {"$and": [{"$gt": ["$$t0", {"$literal": null}]}, {"$eq": ["$$t0", "$name"]}]}}}, \
				{"$project": {"_id": 0, "c0": "$name"}}, {"$limit": 1}], "as": "#sq0"}}, {"$match": {"$expr": {"$gt": [{"$size": ["$#sq0"]}, {"$literal": 0}]}}}, \
				{"$project": {"_id": 0, "c0": "$_id"}}], \
				"then": {"delete": "Novel", "deletes": [{"q": {"_id": {"$in": {"$readIds": "c0"}}}, "limit": 0}]}}""" );
	}

	@Test
	void updateThroughAnAssociationPathLooksTheTargetUp() {
		assertThat( mutation( "update Novel n set n.title = :t where n.writer.age > 40", "t", "$x" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$lookup": {"from": "Writer", "localField": "writer_id", "foreignField": "_id", "as": "#w1_0"}}, \
				{"$unwind": {"path": "$#w1_0"}}, {"$match": {"#w1_0.age": {"$gt": 40}}}, {"$project": {"_id": 0, "c0": "$_id"}}], \
				"then": {"update": "Novel", "updates": [{"q": {"_id": {"$in": {"$readIds": "c0"}}}, "u": {"$set": {"title": {"$param": 1}}}, "multi": true}]}}""" );
	}

	@Test
	void correlatedScalarSubqueryInSetIsComputedPerRow() {
		assertThat( mutation( "update Writer w set w.age = (select count(n) from Novel n where n.writer = w)" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$lookup": {"from": "Novel", "let": {"v0": {"$ifNull": ["$_id", {"$literal": null}]}}, \
				"pipeline": [{"$match": {"$expr": {"$and": [{"$gt": ["$writer_id", {"$literal": null}]}, {"$eq": ["$writer_id", "$$v0"]}]}}}, \
				{"$group": {"_id": null, "a0": {"$sum": {"$cond": [{"$gt": ["$_id", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}}}}, {"$project": {"_id": 0, "c0": "$a0"}}], "as": "#sq0"}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": {"$cond": [{"$gt": [{"$size": [{"$cond": [{"$eq": [{"$size": ["$#sq0"]}, {"$literal": 0}]}, {"$literal": [{"c0": 0}]}, "$#sq0"]}]}, {"$literal": 1}]}, \
				{"$toInt": [{"$literal": "Hibermongo: a scalar subquery returned more than one row"}]}, \
				{"$arrayElemAt": [{"$map": {"input": {"$cond": [{"$eq": [{"$size": ["$#sq0"]}, {"$literal": 0}]}, {"$literal": [{"c0": 0}]}, "$#sq0"]}, "in": "$$this.c0"}}, {"$literal": 0}]}]}}}], \
				"then": {"update": "Writer", "updates": [{"q": {"_id": {"$row": "c0"}}, "u": {"$set": {"age": {"$row": "c1"}}}}], "perRow": true}}""" );
	}

	@Test
	void insertSelectReadsTheRowsThenInsertsTheirDocuments() {
		assertThat( mutation( "insert into Writer (id, name, age) select n.id + 100, n.title, 1 from Novel n where n.writerName like 'A%'" ) )
				.isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$match": {"writerName": {"$regex": {"$like": "A%"}}}}, \
				{"$project": {"_id": 0, "c0": {"$add": ["$_id", {"$literal": 100}]}, "c1": "$title", "c2": {"$literal": 1}}}], \
				"then": {"insert": "Writer", "documents": [{"_id": {"$row": "c0"}, "name": {"$row": "c1"}, "age": {"$row": "c2"}}]}}""" );
	}

	@Test
	void insertOfSeveralRowsIsOneInsertOfTheirDocuments() {
		assertThat( mutation( "insert into Writer (id, name, age) values (1, :a, null), (2, 'b', 3)", "a", "a.b" ) ).isEqualTo( """
				{"insert": "Writer", "documents": [{"_id": 1, "name": {"$param": 1}}, {"_id": 2, "name": "b", "age": 3}]}""" );
	}

	@Test
	void onConflictDoUpdateReadsTheRowBeingInsertedAsExcluded() {
		assertThat( mutation( "insert into Writer (id, name, age) values (1, :n, 5) on conflict (id) do update set age = age + excluded.age where name <> :n",
				"n", "$x" ) ).isEqualTo( """
				{"insert": "Writer", "documents": [{"_id": 1, "name": {"$param": 1}, "age": 5}], "onConflict": {"on": ["_id"], \
				"do": {"$set": {"age": {"$add": ["$age", "$#excluded.age"]}}}, "where": {"$expr": {"$and": [{"$gt": ["$name", {"$literal": null}]}, \
				{"$gt": [{"$literal": {"$param": 2}}, {"$literal": null}]}, {"$ne": ["$name", {"$literal": {"$param": 2}}]}]}}}}""" );
	}
}
