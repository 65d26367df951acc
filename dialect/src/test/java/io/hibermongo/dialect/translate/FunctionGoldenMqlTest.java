package io.hibermongo.dialect.translate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MQL of HQL's functions where the translation is not obvious (the results are proven against H2 by
 * {@code FunctionDifferentialTest} in the integration tests; these pin the commands).
 */
class FunctionGoldenMqlTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "functions", Sample.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.query( hql );
	}

	/** {@code round(x, 1)} rounds half away from zero: {@code floor(x·10 + 0.5)/10}, negated for negatives, never {@code $round}. */
	@Test
	void roundRoundsHalfAwayFromZeroOnTheScaledValue() {
		assertThat( mql( "select round(s.real, 1) from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$project": {"_id": 0, \
				"c0": {"$divide": [{"$cond": [{"$lt": [{"$multiply": ["$real", {"$literal": 10}]}, {"$literal": 0}]}, \
				{"$subtract": [{"$literal": 0}, {"$floor": [{"$subtract": [{"$literal": 0.5}, {"$multiply": ["$real", \
				{"$literal": 10}]}]}]}]}, {"$floor": [{"$add": [{"$multiply": ["$real", {"$literal": 10}]}, \
				{"$literal": 0.5}]}]}]}, {"$literal": 10}]}}}]}""" );
	}

	/** {@code replace} joins the pieces of {@code $split} with {@code $reduce}, since the embedded server lacks {@code $replaceAll}. */
	@Test
	void replaceSplitsAndJoins() {
		assertThat( mql( "select replace(s.text, '-', '+') from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$text", \
				{"$literal": null}]}, {"$cond": [{"$eq": [{"$literal": "-"}, {"$literal": ""}]}, "$text", \
				{"$reduce": {"input": {"$split": ["$text", {"$literal": "-"}]}, "initialValue": {"$literal": null}, \
				"in": {"$cond": [{"$eq": ["$$value", {"$literal": null}]}, "$$this", {"$concat": ["$$value", {"$literal": "+"}, \
				"$$this"]}]}}}]}, {"$literal": null}]}}}]}""" );
	}

	/** {@code by day} counts day boundaries crossed, as H2's DATEDIFF does. */
	@Test
	void dayDifferenceCountsDayBoundaries() {
		assertThat( mql( "select (s.moment - s.moment) by day from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$project": {"_id": 0, \
				"c0": {"$subtract": [{"$toLong": [{"$floor": [{"$divide": [{"$toLong": ["$moment"]}, \
				{"$literal": 86400000}]}]}]}, {"$toLong": [{"$floor": [{"$divide": [{"$toLong": ["$moment"]}, \
				{"$literal": 86400000}]}]}]}]}}}]}""" );
	}

	/** Months have no fixed length: {@code $dateAdd} (real server). */
	@Test
	void addingMonthsUsesDateAdd() {
		assertThat( mql( "select s.day + 1 month from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$project": {"_id": 0, "c0": {"$dateAdd": {"startDate": "$day", \
				"unit": "month", "amount": {"$literal": 1}}}}}]}""" );
	}

	/** {@code current_date} is the client's date, bound when the statement runs, so the text stays the same. */
	@Test
	void currentDateIsABoundParameter() {
		assertThat( mql( "select s.id from Sample s where s.day < current_date" ) ).isEqualTo( """
				{"find": "Sample", "filter": {"$expr": {"$and": [{"$gt": ["$day", {"$literal": null}]}, \
				{"$gt": [{"$literal": {"$param": 1}}, {"$literal": null}]}, {"$lt": ["$day", {"$literal": {"$param": 1}}]}]}}, \
				"projection": {"_id": 1}}""" );
	}

	/** An expression over a global aggregate is evaluated by the server over {@code $facet}'s one document, or the accumulators' values over no rows. */
	@Test
	void expressionOverGlobalAggregateIsEvaluatedOverTheFacetRow() {
		assertThat( mql( "select sum(s.whole) * 2 from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$facet": {"groups": [{"$group": {"_id": null, "a0": {"$sum": "$whole"}, \
				"a0n": {"$sum": {"$cond": [{"$gt": ["$whole", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}}}}]}}, \
				{"$replaceRoot": {"newRoot": {"$ifNull": [{"$arrayElemAt": ["$groups", {"$literal": 0}]}, \
				{"$literal": {"a0": 0, "a0n": 0}}]}}}, {"$project": {"_id": 0, "c0": {"$multiply": [{"$cond": [{"$gt": ["$a0n", \
				{"$literal": 0}]}, "$a0", {"$literal": null}]}, {"$literal": 2}]}}}]}""" );
	}

	/** {@code within group (order by …)} sorts the input of {@code $group}, whose {@code $push} keeps that order. */
	@Test
	void listaggSortsItsInputBeforeGrouping() {
		assertThat( mql( "select listagg(s.text, ', ') within group (order by s.text) from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$sort": {"text": 1}}, {"$group": {"_id": null, \
				"a0": {"$push": "$text"}}}, {"$project": {"_id": 0, "c0": {"$reduce": {"input": {"$filter": {"input": "$a0", \
				"cond": {"$gt": ["$$this", {"$literal": null}]}}}, "initialValue": {"$literal": null}, \
				"in": {"$cond": [{"$eq": ["$$value", {"$literal": null}]}, "$$this", {"$concat": ["$$value", {"$literal": ", \
				"}, "$$this"]}]}}}}}]}""" );
	}

	/** {@code count(distinct (a, b))} collects documents, NULL members included as on H2. */
	@Test
	void countDistinctTupleCountsDistinctDocuments() {
		assertThat( mql( "select count(distinct (s.whole, s.text)) from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$group": {"_id": null, "a0": {"$addToSet": {"k0": {"$ifNull": ["$whole", \
				{"$literal": null}]}, "k1": {"$ifNull": ["$text", {"$literal": null}]}}}}}, {"$project": {"_id": 0, \
				"c0": {"$size": [{"$setDifference": ["$a0", {"$literal": [null]}]}]}}}]}""" );
	}

	/** {@code format} translates Java's pattern letters into {@code $dateToString}'s. */
	@Test
	void formatTranslatesThePatternLetters() {
		assertThat( mql( "select format(s.moment as 'dd/MM/yyyy HH:mm') from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$moment", \
				{"$literal": null}]}, {"$dateToString": {"format": "%d/%m/%Y %H:%M", "date": "$moment"}}, \
				{"$literal": null}]}}}]}""" );
	}

	/** {@code every(p)} is the minimum of 1 where p is TRUE, 0 where FALSE and null where UNKNOWN. */
	@Test
	void everyTestsForTrueAndForFalse() {
		assertThat( mql( "select s.text, every(s.whole > 0) from Sample s group by s.text" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$group": {"_id": {"g0": {"$ifNull": ["$text", {"$literal": null}]}}, \
				"a0": {"$min": {"$cond": [{"$and": [{"$gt": ["$whole", {"$literal": null}]}, {"$gt": ["$whole", \
				{"$literal": 0}]}]}, {"$literal": 1}, {"$cond": [{"$and": [{"$gt": ["$whole", {"$literal": null}]}, \
				{"$lte": ["$whole", {"$literal": 0}]}]}, {"$literal": 0}, {"$literal": null}]}]}}}}, {"$project": {"_id": 0, \
				"c0": "$_id.g0", "c1": {"$cond": [{"$gt": ["$a0", {"$literal": null}]}, {"$eq": ["$a0", {"$literal": 1}]}, \
				{"$literal": null}]}}}]}""" );
	}

	/** DISTINCT groups a missing column with NULL. */
	@Test
	void distinctPutsNullAndMissingInOneGroup() {
		assertThat( mql( "select distinct s.text from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$project": {"_id": 0, "c0": "$text"}}, \
				{"$group": {"_id": {"c0": {"$ifNull": ["$c0", {"$literal": null}]}}}}, {"$project": {"_id": 0, \
				"c0": "$_id.c0"}}]}""" );
	}

	/** {@code filter (where p)} feeds the accumulator NULL where p is not TRUE. */
	@Test
	void filterFeedsNullToTheAccumulator() {
		assertThat( mql( "select sum(s.whole) filter (where s.flag) from Sample s" ) ).isEqualTo( """
				{"aggregate": "Sample", "pipeline": [{"$group": {"_id": null, \
				"a0": {"$sum": {"$cond": [{"$and": [{"$gt": ["$flag", {"$literal": null}]}, {"$eq": ["$flag", \
				{"$literal": true}]}]}, "$whole", {"$literal": null}]}}, \
				"a0n": {"$sum": {"$cond": [{"$gt": [{"$cond": [{"$and": [{"$gt": ["$flag", {"$literal": null}]}, \
				{"$eq": ["$flag", {"$literal": true}]}]}, "$whole", {"$literal": null}]}, {"$literal": null}]}, \
				{"$literal": 1}, {"$literal": 0}]}}}}, {"$project": {"_id": 0, "c0": {"$cond": [{"$gt": ["$a0n", \
				{"$literal": 0}]}, "$a0", {"$literal": null}]}}}]}""" );
	}
}
