package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The MQL of Hibernate's array functions and of whole-array comparisons on basic arrays, and of JSON
 * attributes' NULL tests, as Hibernate logs it; and the refusals by name of what is not translated. The
 * results are checked against H2 by {@code BasicArrayDifferentialTest}; these pin the operators.
 */
class ArrayFunctionGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden-arrays", ArrayItem.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.query( hql );
	}

	@Test
	void wholeArrayEqualityHoldsOnlyWithoutNullElements() {
		assertThat( mql( "select a.id from ArrayItem a where a.tags = array('x')" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$and": [{"$gt": ["$tags", {"$literal": null}]}, \
				{"$gt": [{"$literal": ["x"]}, {"$literal": null}]}, {"$and": [{"$eq": ["$tags", {"$literal": ["x"]}]}, \
				{"$not": [{"$in": [{"$literal": null}, {"$ifNull": ["$tags", {"$literal": []}]}]}]}]}]}}, \
				"projection": {"_id": 1}}""" );
	}

	@Test
	void wholeArrayInequalityComparesNonNullElementsByPosition() {
		assertThat( mql( "select a.id from ArrayItem a where a.tags <> array('x')" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$and": [{"$gt": ["$tags", {"$literal": null}]}, \
				{"$gt": [{"$literal": ["x"]}, {"$literal": null}]}, {"$or": [{"$ne": [{"$size": [{"$ifNull": ["$tags", \
				{"$literal": []}]}]}, {"$size": [{"$ifNull": [{"$literal": ["x"]}, {"$literal": []}]}]}]}, \
				{"$anyElementTrue": [{"$map": {"input": {"$range": [{"$literal": 0}, {"$size": [{"$ifNull": ["$tags", \
				{"$literal": []}]}]}]}, "as": "i", "in": {"$and": [{"$gt": [{"$arrayElemAt": ["$tags", "$$i"]}, \
				{"$literal": null}]}, {"$gt": [{"$arrayElemAt": [{"$literal": ["x"]}, "$$i"]}, {"$literal": null}]}, \
				{"$ne": [{"$arrayElemAt": ["$tags", "$$i"]}, {"$arrayElemAt": [{"$literal": ["x"]}, "$$i"]}]}]}}}]}]}]}}, \
				"projection": {"_id": 1}}""" );
	}

	@Test
	void arrayIsNullTestsTheTypeNotNullElements() {
		assertThat( mql( "select a.id from ArrayItem a where a.tags is null" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"tags": {"$not": {"$type": "array"}}}, "projection": {"_id": 1}}""" );
	}

	@Test
	void jsonIsNullTestsTheWholeValue() {
		assertThat( mql( "select a.id from ArrayItem a where a.extra is null" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$not": [{"$gt": ["$extra", {"$literal": null}]}]}}, \
				"projection": {"_id": 1}}""" );
	}

	@Test
	void arrayContainsIsIn() {
		assertThat( mql( "select a.id from ArrayItem a where array_contains(a.tags, 'x')" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$and": [{"$gt": [{"$cond": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$in": [{"$ifNull": [{"$literal": "x"}, {"$literal": null}]}, {"$ifNull": ["$tags", \
				{"$literal": []}]}]}, {"$literal": null}]}, {"$literal": null}]}, {"$eq": [{"$cond": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$in": [{"$ifNull": [{"$literal": "x"}, {"$literal": null}]}, {"$ifNull": ["$tags", \
				{"$literal": []}]}]}, {"$literal": null}]}, {"$literal": true}]}]}}, "projection": {"_id": 1}}""" );
	}

	@Test
	void arrayLengthIsSize() {
		assertThat( mql( "select array_length(a.tags) from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$size": [{"$ifNull": ["$tags", {"$literal": []}]}]}, {"$literal": null}]}}}]}""" );
	}

	@Test
	void arrayPositionIsIndexOfArrayPlusOne() {
		assertThat( mql( "select array_position(a.tags, 'x') from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$add": [{"$indexOfArray": [{"$ifNull": ["$tags", {"$literal": []}]}, \
				{"$ifNull": [{"$literal": "x"}, {"$literal": null}]}]}, {"$literal": 1}]}, {"$literal": null}]}}}]}""" );
	}

	@Test
	void arrayPositionsFiltersTheIndexes() {
		assertThat( mql( "select array_positions(a.tags, 'x') from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$map": {"input": {"$filter": {"input": {"$range": [{"$literal": 0}, \
				{"$size": [{"$ifNull": ["$tags", {"$literal": []}]}]}]}, "as": "i", \
				"cond": {"$eq": [{"$arrayElemAt": ["$tags", "$$i"]}, {"$ifNull": [{"$literal": "x"}, \
				{"$literal": null}]}]}}}, "as": "i", "in": {"$add": ["$$i", {"$literal": 1}]}}}, {"$literal": null}]}}}]}""" );
	}

	@Test
	void arrayGetIsArrayElemAtInsideTheBounds() {
		assertThat( mql( "select array_get(a.tags, 2) from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$and": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$gt": [{"$literal": 2}, {"$literal": null}]}, {"$gte": [{"$literal": 2}, \
				{"$literal": 1}]}, {"$lte": [{"$literal": 2}, {"$size": [{"$ifNull": ["$tags", {"$literal": []}]}]}]}]}, \
				{"$arrayElemAt": [{"$ifNull": ["$tags", {"$literal": []}]}, {"$subtract": [{"$literal": 2}, \
				{"$literal": 1}]}]}, {"$literal": null}]}}}]}""" );
	}

	@Test
	void arraySliceIsSliceOrEmptyOutsideTheBounds() {
		assertThat( mql( "select array_slice(a.counts, 2, 3) from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, \
				"c0": {"$cond": [{"$or": [{"$not": [{"$gt": ["$counts", {"$literal": null}]}]}, \
				{"$not": [{"$gt": [{"$literal": 2}, {"$literal": null}]}]}, {"$not": [{"$gt": [{"$literal": 3}, \
				{"$literal": null}]}]}]}, {"$literal": null}, {"$cond": [{"$and": [{"$gte": [{"$literal": 2}, \
				{"$literal": 1}]}, {"$lte": [{"$literal": 3}, {"$size": [{"$ifNull": ["$counts", {"$literal": []}]}]}]}, \
				{"$lte": [{"$literal": 2}, {"$literal": 3}]}]}, {"$slice": [{"$ifNull": ["$counts", {"$literal": []}]}, \
				{"$subtract": [{"$literal": 2}, {"$literal": 1}]}, {"$add": [{"$subtract": [{"$literal": 3}, \
				{"$literal": 2}]}, {"$literal": 1}]}]}, {"$literal": []}]}]}}}]}""" );
	}

	@Test
	void arrayIncludesIsSetIsSubsetWithoutNullElements() {
		assertThat( mql( "select a.id from ArrayItem a where array_includes(a.tags, array('x', 'y'))" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$and": [{"$gt": [{"$and": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$gt": [{"$literal": ["x", "y"]}, {"$literal": null}]}, \
				{"$not": [{"$in": [{"$literal": null}, {"$ifNull": [{"$literal": ["x", "y"]}, {"$literal": []}]}]}]}, \
				{"$setIsSubset": [{"$ifNull": [{"$literal": ["x", "y"]}, {"$literal": []}]}, {"$ifNull": ["$tags", \
				{"$literal": []}]}]}]}, {"$literal": null}]}, {"$eq": [{"$and": [{"$gt": ["$tags", {"$literal": null}]}, \
				{"$gt": [{"$literal": ["x", "y"]}, {"$literal": null}]}, {"$not": [{"$in": [{"$literal": null}, \
				{"$ifNull": [{"$literal": ["x", "y"]}, {"$literal": []}]}]}]}, \
				{"$setIsSubset": [{"$ifNull": [{"$literal": ["x", "y"]}, {"$literal": []}]}, {"$ifNull": ["$tags", \
				{"$literal": []}]}]}]}, {"$literal": true}]}]}}, "projection": {"_id": 1}}""" );
	}

	@Test
	void arrayIncludesNullableAllowsNullElements() {
		assertThat( mql( "select a.id from ArrayItem a where array_includes_nullable(a.tags, array('x'))" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$and": [{"$gt": [{"$and": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$gt": [{"$literal": ["x"]}, {"$literal": null}]}, \
				{"$setIsSubset": [{"$ifNull": [{"$literal": ["x"]}, {"$literal": []}]}, {"$ifNull": ["$tags", \
				{"$literal": []}]}]}]}, {"$literal": null}]}, {"$eq": [{"$and": [{"$gt": ["$tags", {"$literal": null}]}, \
				{"$gt": [{"$literal": ["x"]}, {"$literal": null}]}, {"$setIsSubset": [{"$ifNull": [{"$literal": ["x"]}, \
				{"$literal": []}]}, {"$ifNull": ["$tags", {"$literal": []}]}]}]}, {"$literal": true}]}]}}, \
				"projection": {"_id": 1}}""" );
	}

	@Test
	void arrayIntersectsIsANonEmptySetIntersection() {
		assertThat( mql( "select a.id from ArrayItem a where array_intersects(a.tags, array('x'))" ) ).isEqualTo( """
				{"find": "ArrayItem", "filter": {"$expr": {"$and": [{"$gt": [{"$and": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$gt": [{"$literal": ["x"]}, {"$literal": null}]}, \
				{"$not": [{"$in": [{"$literal": null}, {"$ifNull": [{"$literal": ["x"]}, {"$literal": []}]}]}]}, \
				{"$gt": [{"$size": [{"$setIntersection": [{"$ifNull": ["$tags", {"$literal": []}]}, \
				{"$ifNull": [{"$literal": ["x"]}, {"$literal": []}]}]}]}, {"$literal": 0}]}]}, {"$literal": null}]}, \
				{"$eq": [{"$and": [{"$gt": ["$tags", {"$literal": null}]}, {"$gt": [{"$literal": ["x"]}, \
				{"$literal": null}]}, {"$not": [{"$in": [{"$literal": null}, {"$ifNull": [{"$literal": ["x"]}, \
				{"$literal": []}]}]}]}, {"$gt": [{"$size": [{"$setIntersection": [{"$ifNull": ["$tags", {"$literal": []}]}, \
				{"$ifNull": [{"$literal": ["x"]}, {"$literal": []}]}]}]}, {"$literal": 0}]}]}, {"$literal": true}]}]}}, \
				"projection": {"_id": 1}}""" );
	}

	@Test
	void arrayConcatIsConcatArraysWithAConstantArray() {
		assertThat( mql( "select array_concat(a.tags, array('z')) from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$concatArrays": ["$tags", \
				{"$literal": ["z"]}]}}}]}""" );
	}

	@Test
	void arrayAppendConcatenatesAOneElementArray() {
		assertThat( mql( "select array_append(a.labels, 'z') from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$concatArrays": ["$labels", \
				{"$literal": ["z"]}]}}}]}""" );
	}

	@Test
	void arrayPrependConcatenatesInFront() {
		assertThat( mql( "select array_prepend('z', a.labels) from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$concatArrays": [{"$literal": ["z"]}, \
				"$labels"]}}}]}""" );
	}

	@Test
	void arrayConstructorOfComputedElementsIsAnArrayOfExpressions() {
		assertThat( mql( "select array(a.name, 'x') from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": ["$name", {"$literal": "x"}]}}]}""" );
	}

	@Test
	void arrayToStringReducesTheNonNullElements() {
		assertThat( mql( "select array_to_string(a.tags, ',') from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$tags", \
				{"$literal": null}]}, {"$ifNull": [{"$reduce": {"input": {"$ifNull": ["$tags", {"$literal": []}]}, \
				"initialValue": {"$literal": null}, "in": {"$cond": [{"$not": [{"$gt": ["$$this", {"$literal": null}]}]}, \
				"$$value", {"$cond": [{"$eq": ["$$value", {"$literal": null}]}, "$$this", {"$concat": ["$$value", \
				{"$literal": ","}, "$$this"]}]}]}}}, {"$literal": ""}]}, {"$literal": null}]}}}]}""" );
	}

	@Test
	void arrayToStringOfNumbersConvertsAndDefaultsNullElements() {
		assertThat( mql( "select array_to_string(a.counts, ',', '?') from ArrayItem a" ) ).isEqualTo( """
				{"aggregate": "ArrayItem", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$counts", \
				{"$literal": null}]}, {"$ifNull": [{"$reduce": {"input": {"$ifNull": ["$counts", {"$literal": []}]}, \
				"initialValue": {"$literal": null}, "in": {"$cond": [{"$not": [{"$gt": [{"$ifNull": ["$$this", \
				{"$literal": "?"}]}, {"$literal": null}]}]}, "$$value", {"$cond": [{"$eq": ["$$value", {"$literal": null}]}, \
				{"$toString": [{"$ifNull": ["$$this", {"$literal": "?"}]}]}, {"$concat": ["$$value", {"$literal": ","}, \
				{"$toString": [{"$ifNull": ["$$this", {"$literal": "?"}]}]}]}]}]}}}, {"$literal": ""}]}, \
				{"$literal": null}]}}}]}""" );
	}

	@Test
	void otherArrayFunctionsAreRefusedByName() {
		assertThatThrownBy( () -> mql( "select array_sort(a.tags) from ArrayItem a" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "The function array_sort() is not supported" );
		assertThatThrownBy( () -> mql( "select array_agg(a.name) within group (order by a.name) from ArrayItem a" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "The aggregate function array_agg() is not supported" );
		assertThatThrownBy( () -> mql( "select array_position(a.tags, 'x', 2) from ArrayItem a" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "array_position() with a start position is not supported" );
	}

	@Test
	void unnestInTheFromClauseIsRefusedByName() {
		assertThatThrownBy( () -> mql( "select t from ArrayItem a join lateral unnest(a.tags) t" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "A join to the set-returning function unnest()" );
	}

	@Test
	void jsonFunctionsAreRefusedByName() {
		assertThatThrownBy( () -> mql( "select json_value(a.extra, '$.color') from ArrayItem a" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "The function json_value() is not supported" );
		assertThatThrownBy( () -> mql( "select a.id from ArrayItem a where json_exists(a.extra, '$.color')" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "The function json_exists() is not supported" );
	}

	@Test
	void orderingComparisonOfArraysIsRefused() {
		assertThatThrownBy( () -> mql( "select a.id from ArrayItem a where a.tags < array('x')" ) )
				.isInstanceOf( FeatureNotSupportedException.class ).hasMessageContaining( "Comparing arrays with $lt" );
	}
}
