package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelines set operations become: the first branch on its collection, the others through
 * {@code $unionWith}, then {@code $group} for distinct rows or per-branch counts, then the ORDER BY and
 * paging of the result.
 */
class SetOperationGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden_set_operations", Novel.class, Writer.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.recordedOf( hql );
	}

	@Test
	void unionGroupsEqualRowsTreatingMissingAsNull() {
		assertThat( mql( "(select n.title from Novel n union select w.name from Writer w) order by 1" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$project": {"_id": 0, "c0": "$title"}}, \
				{"$unionWith": {"coll": "Writer", "pipeline": [{"$project": {"_id": 0, "c0": "$name"}}]}}, \
				{"$group": {"_id": {"c0": {"$ifNull": ["$c0", {"$literal": null}]}}}}, \
				{"$project": {"_id": 0, "c0": "$_id.c0"}}, \
				{"$sort": {"c0": 1}}]}""" );
	}

	@Test
	void unionAllAppendsTheOtherBranch() {
		assertThat( mql( "select n.title from Novel n union all select w.name from Writer w where w.age > 3" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$project": {"_id": 0, "c0": "$title"}}, \
				{"$unionWith": {"coll": "Writer", "pipeline": [{"$match": {"age": {"$gt": 3}}}, \
				{"$project": {"_id": 0, "c0": "$name"}}]}}]}""" );
	}

	@Test
	void intersectCountsEachRowPerBranch() {
		assertThat( mql( "select n.writerName from Novel n intersect select w.name from Writer w" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$project": {"_id": 0, "c0": "$writerName"}}, \
				{"$addFields": {"#b": {"$literal": 0}}}, \
				{"$unionWith": {"coll": "Writer", "pipeline": [{"$project": {"_id": 0, "c0": "$name"}}, \
				{"$addFields": {"#b": {"$literal": 1}}}]}}, \
				{"$group": {"_id": {"c0": {"$ifNull": ["$c0", {"$literal": null}]}}, "#n0": {"$sum": {"$cond": [{"$eq": ["$#b", {"$literal": 0}]}, {"$literal": 1}, {"$literal": 0}]}}, "#n1": {"$sum": {"$cond": [{"$eq": ["$#b", {"$literal": 1}]}, {"$literal": 1}, {"$literal": 0}]}}}}, \
				{"$project": {"_id": 0, "c0": "$_id.c0", "#n0": "$#n0", "#n1": "$#n1"}}, \
				{"$project": {"_id": 0, "c0": "$c0", "#copies": {"$range": [{"$literal": 0}, {"$max": [{"$cond": [{"$gt": [{"$min": ["$#n0", "$#n1"]}, {"$literal": 0}]}, {"$literal": 1}, {"$literal": 0}]}, {"$literal": 0}]}]}}}, \
				{"$unwind": {"path": "$#copies"}}, \
				{"$project": {"_id": 0, "c0": "$c0"}}]}""" );
	}

	@Test
	void exceptAllKeepsTheFirstCountMinusTheOthers() {
		assertThat( mql( "select n.writerName from Novel n except all select w.name from Writer w" ) ).isEqualTo( """
				{"aggregate": "Novel", "pipeline": [{"$project": {"_id": 0, "c0": "$writerName"}}, \
				{"$addFields": {"#b": {"$literal": 0}}}, \
				{"$unionWith": {"coll": "Writer", "pipeline": [{"$project": {"_id": 0, "c0": "$name"}}, \
				{"$addFields": {"#b": {"$literal": 1}}}]}}, \
				{"$group": {"_id": {"c0": {"$ifNull": ["$c0", {"$literal": null}]}}, "#n0": {"$sum": {"$cond": [{"$eq": ["$#b", {"$literal": 0}]}, {"$literal": 1}, {"$literal": 0}]}}, "#n1": {"$sum": {"$cond": [{"$eq": ["$#b", {"$literal": 1}]}, {"$literal": 1}, {"$literal": 0}]}}}}, \
				{"$project": {"_id": 0, "c0": "$_id.c0", "#n0": "$#n0", "#n1": "$#n1"}}, \
				{"$project": {"_id": 0, "c0": "$c0", "#copies": {"$range": [{"$literal": 0}, {"$max": [{"$subtract": ["$#n0", {"$add": ["$#n1"]}]}, {"$literal": 0}]}]}}}, \
				{"$unwind": {"path": "$#copies"}}, \
				{"$project": {"_id": 0, "c0": "$c0"}}]}""" );
	}
}
