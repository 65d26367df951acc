package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelines subqueries become: a {@code $lookup} with {@code let} and {@code pipeline} makes the
 * subquery's rows, correlated conditions test the lookup's variables in {@code $expr}, and the predicate or
 * value reads the rows' array.
 */
class SubqueryGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden_subqueries", Novel.class, Writer.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.mqlOf( hql );
	}

	@Test
	void uncorrelatedInKeepsQueryOperatorsInsideTheLookup() {
		assertThat( mql( "select n.title from Novel n where n.writerName in (select w.name from Writer w where w.age > 3)" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$lookup": {"from": "Writer", "let": {"t0": {"$ifNull": ["$writerName", {"$literal": null}]}}, "pipeline": [{"$match": {"age": {"$gt": 3}}}, \
				{"$match": {"$expr": {"$and": [{"$gt": ["$$t0", {"$literal": null}]}, {"$eq": ["$$t0", "$name"]}]}}}, \
				{"$project": {"_id": 0, "c0": "$name"}}, {"$limit": 1}], "as": "#sq0"}}, \
				{"$match": {"$expr": {"$gt": [{"$size": ["$#sq0"]}, {"$literal": 0}]}}}, \
				{"$project": {"_id": 0, "c0": "$title"}}]}""" );
	}

	@Test
	void notInMatchesNothingWhenTheSubqueryYieldsNull() {
		assertThat( mql( "select n.title from Novel n where n.writerName not in (select w.name from Writer w)" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$lookup": {"from": "Writer", "let": {"t0": {"$ifNull": ["$writerName", {"$literal": null}]}}, "pipeline": [{"$match": {"$expr": {"$not": [{"$and": [{"$gt": ["$$t0", {"$literal": null}]}, {"$gt": ["$name", {"$literal": null}]}, {"$ne": ["$$t0", "$name"]}]}]}}}, \
				{"$project": {"_id": 0, "c0": "$name"}}, {"$limit": 1}], "as": "#sq0"}}, \
				{"$match": {"$expr": {"$eq": [{"$size": ["$#sq0"]}, {"$literal": 0}]}}}, \
				{"$project": {"_id": 0, "c0": "$title"}}]}""" );
	}

	@Test
	void correlatedExistsReadsTheOuterFieldThroughLet() {
		assertThat( mql( "select w.name from Writer w where exists (select 1 from Novel n where n.writerName = w.name and n.title like 'A%')" ) )
				.isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$lookup": {"from": "Novel", "let": {"v0": {"$ifNull": ["$name", {"$literal": null}]}}, "pipeline": [{"$match": {"$and": [{"$expr": {"$and": [{"$gt": ["$writerName", {"$literal": null}]}, {"$eq": ["$writerName", "$$v0"]}]}}, {"title": {"$regex": {"$like": "A%"}}}]}}, \
				{"$project": {"_id": 0, "c0": {"$literal": 1}}}, {"$limit": 1}], "as": "#sq0"}}, \
				{"$match": {"$expr": {"$gt": [{"$size": ["$#sq0"]}, {"$literal": 0}]}}}, \
				{"$project": {"_id": 0, "c0": "$name"}}]}""" );
	}

	@Test
	void scalarCountGivesZeroOverNoRows() {
		assertThat( mql( "select w.name, (select count(*) from Novel n where n.writer = w) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$lookup": {"from": "Novel", "let": {"v0": {"$ifNull": ["$_id", {"$literal": null}]}}, "pipeline": [{"$match": {"$expr": {"$and": [{"$gt": ["$writer_id", {"$literal": null}]}, {"$eq": ["$writer_id", "$$v0"]}]}}}, {"$group": {"_id": null, "a0": {"$sum": {"$literal": 1}}}}, \
				{"$project": {"_id": 0, "c0": "$a0"}}], "as": "#sq0"}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": {"$cond": [{"$gt": [{"$size": [{"$cond": [{"$eq": [{"$size": ["$#sq0"]}, {"$literal": 0}]}, {"$literal": [{"c0": 0}]}, "$#sq0"]}]}, {"$literal": 1}]}, {"$toInt": [{"$literal": "Hibermongo: a scalar subquery returned more than one row"}]}, {"$arrayElemAt": [{"$map": {"input": {"$cond": [{"$eq": [{"$size": ["$#sq0"]}, {"$literal": 0}]}, {"$literal": [{"c0": 0}]}, "$#sq0"]}, "in": "$$this.c0"}}, {"$literal": 0}]}]}}}]}""" );
	}

	@Test
	void subqueryInsideAnAggregateIsLookedUpBeforeTheGroup() {
		org.bson.BsonArray pipeline = org.bson.BsonDocument.parse(
				mql( "select w.age, sum((select count(*) from Novel n where n.writer = w)) from Writer w group by w.age" ) ).getArray( "pipeline" );
		assertThat( pipeline.stream().map( stage -> stage.asDocument().getFirstKey() ) ).containsExactly( "$lookup", "$group", "$project" );
		assertThat( pipeline.get( 0 ).asDocument().getDocument( "$lookup" ).getString( "as" ).getValue() ).isEqualTo( "#sq0" );
		assertThat( pipeline.get( 1 ).asDocument().getDocument( "$group" ).getDocument( "a0" ).toJson() ).contains( "\"$#sq0\"" );
	}

	@Test
	void subqueryInGroupByIsLookedUpBeforeTheGroup() {
		org.bson.BsonArray pipeline = org.bson.BsonDocument.parse(
				mql( "select count(*) from Writer w group by (select count(*) from Novel n where n.writer = w)" ) ).getArray( "pipeline" );
		assertThat( pipeline.stream().map( stage -> stage.asDocument().getFirstKey() ) ).containsExactly( "$lookup", "$group", "$project" );
		assertThat( pipeline.get( 1 ).asDocument().getDocument( "$group" ).get( "_id" ).toString() ).contains( "#sq0" );
	}
}
