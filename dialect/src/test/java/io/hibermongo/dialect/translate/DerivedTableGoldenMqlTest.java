package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelines derived tables and CTEs become: the subquery's pipeline makes the rows {@code c0…cn} that
 * the select reads at its root or joins with {@code $lookup} + pipeline; a recursive CTE walks a tree with
 * {@code $graphLookup}.
 */
class DerivedTableGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden_derived", Novel.class, Writer.class, Topic.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.mqlOf( hql );
	}

	@Test
	void aSelectFromADerivedTableRunsItsPipelineThenFiltersAndSortsItsColumns() {
		assertThat( mql( "select d.title from (select n.title as title, n.writerName as wn from Novel n where n.title is not null) d where d.wn = 'Zola' order by d.title" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$match": {"title": {"$ne": null}}}, {"$project": {"_id": 0, "c0": "$title", "c1": "$writerName"}}, \
				{"$match": {"c1": "Zola"}}, {"$project": {"_id": 0, "c0": "$c0"}}, {"$sort": {"c0": 1}}]}""" );
	}

	@Test
	void aLeftJoinToADerivedTableLooksUpItsRowsAndFiltersThemByTheCondition() {
		assertThat( mql( "select w.name, c.n from Writer w left join (select n.writer.id as wid, count(*) as n from Novel n group by n.writer.id) c on c.wid = w.id" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$lookup": {"from": "Novel", "let": {}, "pipeline": [{"$group": {"_id": {"g0": {"$ifNull": ["$writer_id", {"$literal": null}]}}, "a0": {"$sum": {"$literal": 1}}}}, \
				{"$project": {"_id": 0, "c0": "$_id.g0", "c1": "$a0"}}], "as": "#c1_0"}}, \
				{"$addFields": {"#c1_0": {"$filter": {"input": "$#c1_0", "cond": {"$and": [{"$gt": ["$$this.c0", {"$literal": null}]}, \
				{"$eq": ["$$this.c0", "$_id"]}]}}}}}, {"$unwind": {"path": "$#c1_0", "preserveNullAndEmptyArrays": true}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#c1_0.c1"}}]}""" );
	}

	@Test
	void aLateralJoinBindsTheOuterColumnsInLet() {
		assertThat( mql( "select w.name, d.title from Writer w join lateral (select n.title as title from Novel n where n.writer.id = w.id order by n.title limit 1) d on true" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$lookup": {"from": "Novel", "let": {"v0": {"$ifNull": ["$_id", {"$literal": null}]}}, "pipeline": [{"$match": {"$expr": {"$and": [{"$gt": ["$writer_id", {"$literal": null}]}, \
				{"$eq": ["$writer_id", "$$v0"]}]}}}, {"$project": {"_id": 0, "c0": "$title"}}, {"$sort": {"c0": 1}}, \
				{"$limit": 1}], "as": "#d1_0"}}, {"$addFields": {"#d1_0": {"$filter": {"input": "$#d1_0", "cond": {"$eq": [{"$literal": true}, \
				{"$literal": true}]}}}}}, {"$unwind": {"path": "$#d1_0"}}, {"$project": {"_id": 0, "c0": "$name", "c1": "$#d1_0.c0"}}]}""" );
	}

	@Test
	void aCteReadTwiceIsInlinedTwice() {
		assertThat( mql( "with old as (select w.id as id, w.age as age from Writer w where w.age > 60) select a.id from old a join old b on a.age < b.age" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$match": {"age": {"$gt": 60}}}, {"$project": {"_id": 0, "c0": "$_id", "c1": "$age"}}, \
				{"$lookup": {"from": "Writer", "let": {}, "pipeline": [{"$match": {"age": {"$gt": 60}}}, \
				{"$project": {"_id": 0, "c0": "$_id", "c1": "$age"}}], "as": "#b1_0"}}, \
				{"$addFields": {"#b1_0": {"$filter": {"input": "$#b1_0", "cond": {"$and": [{"$gt": ["$c1", {"$literal": null}]}, \
				{"$gt": ["$$this.c1", {"$literal": null}]}, {"$lt": ["$c1", "$$this.c1"]}]}}}}}, {"$unwind": {"path": "$#b1_0"}}, \
				{"$project": {"_id": 0, "c0": "$c0"}}]}""" );
	}

	@Test
	void aRecursiveCteWalksTheTreeWithGraphLookup() {
		assertThat( mql( "with tree as (select t.id as id, t.title as title, 0 as depth from Topic t where t.parent is null union all select t.id, t.title, r.depth + 1 from Topic t join tree r on t.parent.id = r.id) select r.title, r.depth from tree r" ) ).isEqualTo( """
				{"aggregate": "Topic", "pipeline": [{"$match": {"parent_id": null}}, {"$project": {"_id": 0, "c0": "$_id", "c1": "$title", "c2": {"$literal": 0}}}, \
				{"$addFields": {"_id": "$c0"}}, \
				{"$graphLookup": {"from": "Topic", "startWith": "$c0", "connectFromField": "_id", "connectToField": "parent_id", "as": "#tree", "depthField": "#depth"}}, \
				{"$addFields": {"#tree": {"$concatArrays": [{"$literal": [{"#anchor": true}]}, \
				{"$cond": [{"$gt": ["$c0", {"$literal": null}]}, "$#tree", {"$literal": []}]}]}}}, {"$unwind": {"path": "$#tree"}}, \
				{"$project": {"_id": 0, "c0": {"$cond": [{"$eq": ["$#tree.#anchor", {"$literal": true}]}, "$c0", "$#tree._id"]}, "c1": {"$cond": [{"$eq": ["$#tree.#anchor", {"$literal": true}]}, "$c1", "$#tree.title"]}, "c2": {"$cond": [{"$eq": ["$#tree.#anchor", {"$literal": true}]}, "$c2", {"$add": ["$c2", {"$multiply": [{"$add": ["$#tree.#depth", {"$literal": 1}]}, \
				{"$literal": 1}]}]}]}}}, {"$project": {"_id": 0, "c0": "$c1", "c1": "$c2"}}]}""" );
	}

	@Test
	void aGlobalAggregateInADerivedTableGivesItsRowOverNoRows() {
		assertThat( mql( "select d.c from (select count(n.id) as c from Novel n where n.title = 'x') d" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$match": {"title": "x"}}, \
				{"$facet": {"rows": [{"$group": {"_id": null, "a0": {"$sum": {"$cond": [{"$gt": ["$_id", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}}}}, {"$project": {"_id": 0, "c0": "$a0"}}]}}, \
				{"$project": {"_id": 0, "rows": {"$cond": [{"$eq": [{"$size": ["$rows"]}, {"$literal": 0}]}, {"$literal": [{"c0": 0}]}, "$rows"]}}}, {"$unwind": {"path": "$rows"}}, {"$replaceRoot": {"newRoot": "$rows"}}, {"$project": {"_id": 0, "c0": "$c0"}}]}""" );
	}
}
