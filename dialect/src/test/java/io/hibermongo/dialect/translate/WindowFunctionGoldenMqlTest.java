package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipelines window functions become: {@code $addFields} of the ORDER BY keys, one ordered
 * {@code $setWindowFields} per window, a peers stage where SQL's frame reaches the current row's peers, then
 * the projection. The embedded server has no {@code $setWindowFields}: the statement is recorded before it
 * fails there. Each expectation was checked by hand against MongoDB's documented semantics (see
 * "Window functions" in docs/DESIGN.md).
 */
class WindowFunctionGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden_windows", Novel.class, Writer.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.recordedOf( hql );
	}

	/** row_number() counts the rows up to the current one in the window's order (two keys, which {@code $documentNumber} would refuse). */
	@Test
	void rowNumberIsARunningCountInTheWindowOrder() {
		assertThat( mql( "select w.name, row_number() over (order by w.age desc, w.id) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$age", {"$literal": null}]}, "#w0k1": {"$ifNull": ["$_id", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": -1, "#w0k1": 1}, "output": {"#w0v0": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v0"}}]}""" );
	}

	/** rank() is the smallest row number among rows with equal ORDER BY keys (one partition per group of peers); NULL and missing partition keys are one partition. */
	@Test
	void rankIsTheRowNumberOfTheFirstPeer() {
		assertThat( mql( "select w.name, rank() over (partition by w.name order by w.age) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$age", {"$literal": null}]}}}, \
				{"$setWindowFields": {"partitionBy": {"p0": {"$ifNull": ["$name", {"$literal": null}]}}, "sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$setWindowFields": {"partitionBy": {"p": {"p0": {"$ifNull": ["$name", {"$literal": null}]}}, "k0": "$#w0k0"}, "sortBy": {"#w0v0": 1}, "output": {"#w0v1": {"$min": "$#w0v0"}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v1"}}]}""" );
	}

	/** dense_rank() is {@code $denseRank} over the rank (one sort key, as it requires); NULLS LAST sorts a null flag before the key. */
	@Test
	void denseRankRanksTheRanksAndHonoursNullsLast() {
		assertThat( mql( "select w.name, dense_rank() over (order by w.age nulls last) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0f0": {"$cond": [{"$not": [{"$gt": ["$age", {"$literal": null}]}]}, {"$literal": 1}, {"$literal": 0}]}, "#w0k0": {"$ifNull": ["$age", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0f0": 1, "#w0k0": 1}, "output": {"#w0v0": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$setWindowFields": {"partitionBy": {"k0": "$#w0k0"}, "sortBy": {"#w0v0": 1}, "output": {"#w0v1": {"$min": "$#w0v0"}}}}, \
				{"$setWindowFields": {"sortBy": {"#w0v1": 1}, "output": {"#w0v2": {"$denseRank": {}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v2"}}]}""" );
	}

	/** The default frame with ORDER BY (RANGE UNBOUNDED PRECEDING to CURRENT ROW) takes the running value at the last peer; a sum over no non-null value is NULL; windows come after WHERE and before ORDER BY and LIMIT. */
	@Test
	void defaultFrameWithOrderByEndsAtTheLastPeer() {
		assertThat( mql( "select w.name, sum(w.age) over (partition by w.name order by w.id) from Writer w where w.age > 3 order by 2 limit 5" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$match": {"age": {"$gt": 3}}}, \
				{"$addFields": {"#w0k0": {"$ifNull": ["$_id", {"$literal": null}]}}}, \
				{"$setWindowFields": {"partitionBy": {"p0": {"$ifNull": ["$name", {"$literal": null}]}}, "sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$sum": "$age", "window": {"documents": ["unbounded", "current"]}}, "#w0v1": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}, "#w0v3": {"$sum": {"$cond": [{"$gt": ["$age", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$setWindowFields": {"partitionBy": {"p": {"p0": {"$ifNull": ["$name", {"$literal": null}]}}, "k0": "$#w0k0"}, "sortBy": {"#w0v1": 1}, "output": {"#w0v2": {"$last": "$#w0v0"}, "#w0v4": {"$last": "$#w0v3"}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": {"$cond": [{"$gt": ["$#w0v4", {"$literal": 0}]}, "$#w0v2", {"$literal": null}]}}}, \
				{"$sort": {"c1": 1}}, \
				{"$limit": 5}]}""" );
	}

	/** ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING is the documents window [-2, 1]. */
	@Test
	void rowsFrameIsADocumentsWindow() {
		assertThat( mql( "select w.name, avg(w.age) over (order by w.id rows between 2 preceding and 1 following) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$_id", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$avg": "$age", "window": {"documents": [-2, 1]}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v0"}}]}""" );
	}

	/** lag(x, 2, d) shifts {v: x}, so a row before the partition's start (no document: d) differs from a NULL x; lead(x) shifts x. */
	@Test
	void lagWithADefaultShiftsAWrappedValue() {
		assertThat( mql( "select w.name, lag(w.age, 2, -1) over (order by w.id), lead(w.age) over (order by w.id) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$_id", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$shift": {"output": {"v": "$age"}, "by": -2}}, "#w0v1": {"$shift": {"output": "$age", "by": 1}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": {"$cond": [{"$gt": ["$#w0v0", {"$literal": null}]}, "$#w0v0.v", {"$literal": -1}]}, "c2": "$#w0v1"}}]}""" );
	}

	/** RANGE BETWEEN 5 PRECEDING AND CURRENT ROW is the range window [-5, 0] over the single numeric key: 0, not "current", keeps the peers. */
	@Test
	void rangeOffsetIsARangeWindowWhoseCurrentRowIsTheCurrentValue() {
		assertThat( mql( "select w.name, count(*) over (order by w.age range between 5 preceding and current row) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$age", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$sum": {"$literal": 1}, "window": {"range": [-5, 0]}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v0"}}]}""" );
	}

	/** A RANGE offset over a descending key is measured on the negated key, ascending: 2 PRECEDING of x (x up to x + 2) is -2 of -x. */
	@Test
	void rangeOffsetOverADescendingKeyNegatesTheKey() {
		assertThat( mql( "select w.name, sum(w.age) over (order by w.age desc range between 2 preceding and current row) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$age", {"$literal": null}]}, "#w0n0": {"$multiply": [{"$literal": -1}, "$age"]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0n0": 1}, "output": {"#w0v0": {"$sum": "$age", "window": {"range": [-2, 0]}}, "#w0v1": {"$sum": {"$cond": [{"$gt": ["$age", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}, "window": {"range": [-2, 0]}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": {"$cond": [{"$gt": ["$#w0v1", {"$literal": 0}]}, "$#w0v0", {"$literal": null}]}}}]}""" );
	}

	/** A window over grouped rows reads the group's keys and accumulators after {@code $group}. */
	@Test
	void windowOverGroupedRowsFollowsTheGroup() {
		assertThat( mql( "select w.name, sum(count(*)) over (order by w.name) from Writer w group by w.name" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$group": {"_id": {"g0": {"$ifNull": ["$name", {"$literal": null}]}}, "a0": {"$sum": {"$literal": 1}}}}, \
				{"$addFields": {"#w0k0": {"$ifNull": ["$_id.g0", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$sum": "$a0", "window": {"documents": ["unbounded", "current"]}}, "#w0v1": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}, "#w0v3": {"$sum": {"$cond": [{"$gt": ["$a0", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$setWindowFields": {"partitionBy": {"k0": "$#w0k0"}, "sortBy": {"#w0v1": 1}, "output": {"#w0v2": {"$last": "$#w0v0"}, "#w0v4": {"$last": "$#w0v3"}}}}, \
				{"$project": {"_id": 0, "c0": "$_id.g0", "c1": {"$cond": [{"$gt": ["$#w0v4", {"$literal": 0}]}, "$#w0v2", {"$literal": null}]}}}]}""" );
	}

	/** percent_rank() = (rank - 1) / (rows - 1), 0 for one row; cume_dist() = the last peer's row number / rows. */
	@Test
	void percentRankAndCumeDistReadThePeersAndThePartitionSize() {
		assertThat( mql( "select w.name, percent_rank() over (order by w.age), cume_dist() over (order by w.age) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$age", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$sum": {"$literal": 1}}, "#w0v1": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$setWindowFields": {"partitionBy": {"k0": "$#w0k0"}, "sortBy": {"#w0v1": 1}, "output": {"#w0v2": {"$min": "$#w0v1"}, "#w0v3": {"$max": "$#w0v1"}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": {"$cond": [{"$gt": ["$#w0v0", {"$literal": 1}]}, {"$divide": [{"$subtract": ["$#w0v2", {"$literal": 1}]}, {"$subtract": ["$#w0v0", {"$literal": 1}]}]}, {"$literal": 0.0}]}, "c2": {"$divide": ["$#w0v3", "$#w0v0"]}}}]}""" );
	}

	/** GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW is a range window [-1, 0] over the dense rank, which numbers the groups of peers. */
	@Test
	void groupsFrameIsARangeOverTheDenseRank() {
		assertThat( mql( "select w.name, count(*) over (order by w.name groups between 1 preceding and current row) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$name", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}}}}, \
				{"$setWindowFields": {"partitionBy": {"k0": "$#w0k0"}, "sortBy": {"#w0v0": 1}, "output": {"#w0v1": {"$min": "$#w0v0"}}}}, \
				{"$setWindowFields": {"sortBy": {"#w0v1": 1}, "output": {"#w0v2": {"$denseRank": {}}}}}, \
				{"$setWindowFields": {"sortBy": {"#w0v2": 1}, "output": {"#w0v3": {"$sum": {"$literal": 1}, "window": {"range": [-1, 0]}}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v3"}}]}""" );
	}

	/** first_value and last_value over the default frame (last_value at the last peer); nth_value(x, 2) is element 1 of {@code $firstN} over the frame. */
	@Test
	void valueFunctionsReadTheFrame() {
		assertThat( mql( "select w.name, first_value(w.name) over (order by w.age), last_value(w.name) over (order by w.age), nth_value(w.name, 2) over (order by w.age rows between unbounded preceding and unbounded following) from Writer w" ) ).isEqualTo( """
				{"aggregate": "Writer", "pipeline": [{"$addFields": {"#w0k0": {"$ifNull": ["$age", {"$literal": null}]}}}, \
				{"$setWindowFields": {"sortBy": {"#w0k0": 1}, "output": {"#w0v0": {"$first": "$name", "window": {"documents": ["unbounded", "current"]}}, "#w0v1": {"$sum": {"$literal": 1}, "window": {"documents": ["unbounded", "current"]}}, "#w0v3": {"$last": "$name", "window": {"documents": ["unbounded", "current"]}}, "#w0v5": {"$firstN": {"input": {"$ifNull": ["$name", {"$literal": null}]}, "n": 2}}}}}, \
				{"$setWindowFields": {"partitionBy": {"k0": "$#w0k0"}, "sortBy": {"#w0v1": 1}, "output": {"#w0v2": {"$last": "$#w0v0"}, "#w0v4": {"$last": "$#w0v3"}}}}, \
				{"$project": {"_id": 0, "c0": "$name", "c1": "$#w0v2", "c2": "$#w0v4", "c3": {"$arrayElemAt": ["$#w0v5", {"$literal": 1}]}}}]}""" );
	}
}
