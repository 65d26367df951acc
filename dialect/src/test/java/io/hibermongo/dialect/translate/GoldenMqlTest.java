package io.hibermongo.dialect.translate;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MQL the translator produces for each construct, as Hibernate logs it (Extended JSON, parameters
 * as <code>{"$param": n}</code>). Results are checked by the integration tests; these pin the commands.
 */
class GoldenMqlTest {

	/** How {@code lower(p.name)} is written: NULL in, NULL out (MongoDB's {@code $toLower} makes "" of NULL). */
	private static final String LOWER_NAME = """
			{"$cond": [{"$gt": ["$name", {"$literal": null}]}, {"$toLower": ["$name"]}, {"$literal": null}]}""";

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "golden", Person.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static String mql(String hql) {
		return capture.query( hql );
	}

	private static String mutation(String hql) {
		capture.take();
		capture.sessionFactory.inTransaction( session -> session.createMutationQuery( hql ).executeUpdate() );
		return capture.last();
	}

	@Test
	void persistWritesOneNestedDocument() {
		capture.take();
		capture.sessionFactory.inTransaction( session -> session.persist( new Person( 100L, "Ann", 30, 1, new Person.Address( "Oslo", "Main" ) ) ) );
		assertThat( capture.last() ).isEqualTo( """
				{"insert": "Person", "documents": [{"address": {"city": {"$param": 1}, "street": {"$param": 2}}, "age": {"$param": 3}, \
				"name": {"$param": 4}, "score": {"$param": 5}, "version": {"$param": 6}, "_id": {"$param": 7}}]}""" );
	}

	@Test
	void findByIdUsesThePlainIdFilter() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.find( Person.class, 1L ) );
		assertThat( capture.last() ).isEqualTo( """
				{"find": "Person", "filter": {"_id": {"$param": 1}}, "projection": {"_id": 1, "address.city": 1, \
				"address.street": 1, "age": 1, "name": 1, "score": 1, "version": 1}}""" );
	}

	@Test
	void equalityOnAnEmbeddedPathIsAPlainFilter() {
		assertThat( mql( "select p.name from Person p where p.address.city = 'Oslo'" ) ).isEqualTo( """
				{"find": "Person", "filter": {"address.city": "Oslo"}, "projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void notEqualExcludesNullAndMissing() {
		assertThat( mql( "select p.name from Person p where p.age <> 3" ) ).isEqualTo( """
				{"find": "Person", "filter": {"age": {"$nin": [3, null]}}, "projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void negationIsPushedToTheLeaves() {
		assertThat( mql( "select p.name from Person p where not (p.age > 30 or p.name = 'x')" ) ).isEqualTo( """
				{"find": "Person", "filter": {"$and": [{"age": {"$lte": 30}}, {"name": {"$nin": ["x", null]}}]}, \
				"projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void notInAddsNullToTheExcludedValues() {
		assertThat( mql( "select p.name from Person p where p.age not in (1, 2)" ) ).isEqualTo( """
				{"find": "Person", "filter": {"age": {"$nin": [1, 2, null]}}, "projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void likeBecomesAnAnchoredQuotedRegex() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( "select p.name from Person p where p.name like 'a.%'", String.class )
				.getResultList() );
		assertThat( capture.last() ).isEqualTo( """
				{"find": "Person", "filter": {"name": {"$regex": {"$like": "a.%"}}}, "projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void likeEscapeIsPartOfTheCommand() {
		assertThat( mql( "select p.name from Person p where p.name like 'a!%' escape '!'" ) ).isEqualTo( """
				{"find": "Person", "filter": {"name": {"$regex": {"$like": "a!%", "escape": "!"}}}, "projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void likeOnAComputedValueIsARegexMatchOfTheDerivedRegex() {
		assertThat( parameterizedLike( "lower(p.name) like :pattern" ) ).isEqualTo( """
				{"find": "Person", "filter": {"$expr": {"$and": [{"$gt": [%1$s, {"$literal": null}]}, \
				{"$gt": [{"$literal": {"$param": 1}}, {"$literal": null}]}, {"$regexMatch": {"input": %1$s, \
				"regex": {"$like": {"$param": 1}}, "options": {"$literal": "s"}}}]}}, "projection": {"name": 1, "_id": 0}}"""
				.formatted( LOWER_NAME ) );
	}

	@Test
	void notLikeOnAComputedValueNegatesTheRegexMatch() {
		assertThat( parameterizedLike( "lower(p.name) not like :pattern" ) ).contains( """
				{"$not": [{"$regexMatch": {"input": %s, "regex": {"$like": {"$param": 1}}, "options": {"$literal": "s"}}}]}"""
				.formatted( LOWER_NAME ) );
	}

	@Test
	void likeOnAComputedValueWithALiteralPatternShowsThePattern() {
		assertThat( mql( "select p.name from Person p where lower(p.name) like 'a%'" ) ).contains( """
				"regex": {"$like": "a%"}""" );
	}

	@Test
	void likeEscapesOnAComputedValueMakeDistinctCommands() {
		String bang = parameterizedLike( "lower(p.name) like :pattern escape '!'" );
		String hash = parameterizedLike( "lower(p.name) like :pattern escape '#'" );

		assertThat( bang ).contains( """
				"regex": {"$like": {"$param": 1}, "escape": "!"}""" );
		assertThat( hash ).isEqualTo( bang.replace( '!', '#' ) );
	}

	@Test
	void likeEscapesOnAFieldMakeDistinctCommands() {
		String bang = parameterizedLike( "p.name like :pattern escape '!'" );
		String hash = parameterizedLike( "p.name like :pattern escape '#'" );

		assertThat( bang ).isEqualTo( """
				{"find": "Person", "filter": {"name": {"$regex": {"$like": {"$param": 1}, "escape": "!"}}}, "projection": {"name": 1, "_id": 0}}""" );
		assertThat( hash ).isEqualTo( bang.replace( '!', '#' ) );
	}

	private static String parameterizedLike(String predicate) {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( "select p.name from Person p where " + predicate, String.class )
				.setParameter( "pattern", "a%" ).getResultList() );
		return capture.last();
	}

	@Test
	void betweenIsTwoComparisons() {
		assertThat( mql( "select p.name from Person p where p.score between 1 and 5" ) ).isEqualTo( """
				{"find": "Person", "filter": {"$and": [{"score": {"$gte": 1}}, {"score": {"$lte": 5}}]}, \
				"projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void sortAndLimitStayInFind() {
		capture.take();
		capture.sessionFactory.inSession( session -> session.createQuery( "select p.name from Person p order by p.age desc, p.name", String.class )
				.setFirstResult( 2 ).setMaxResults( 3 ).getResultList() );
		assertThat( capture.last() ).isEqualTo( """
				{"find": "Person", "filter": {}, "sort": {"age": -1, "name": 1}, "projection": {"name": 1, "_id": 0}, \
				"skip": {"$param": 1}, "limit": {"$param": 2}}""" );
	}

	@Test
	void nullsLastAscendingSortsOnANullFlagFirst() {
		assertThat( mql( "select p.name from Person p order by p.age nulls last" ) ).isEqualTo( """
				{"aggregate": "Person", "pipeline": [{"$project": {"_id": 0, "c0": "$name", "s0": "$age", \
				"n0": {"$cond": [{"$not": [{"$gt": ["$age", {"$literal": null}]}]}, {"$literal": 1}, {"$literal": 0}]}}}, \
				{"$sort": {"n0": 1, "s0": 1}}]}""" );
	}

	@Test
	void columnComparisonUsesExprWithNullChecks() {
		assertThat( mql( "select p.name from Person p where p.age > p.score" ) ).isEqualTo( """
				{"find": "Person", "filter": {"$expr": {"$and": [{"$gt": ["$age", {"$literal": null}]}, \
				{"$gt": ["$score", {"$literal": null}]}, {"$gt": ["$age", "$score"]}]}}, "projection": {"name": 1, "_id": 0}}""" );
	}

	@Test
	void integerDivisionTruncates() {
		assertThat( mql( "select p.score / 2 from Person p" ) ).isEqualTo( """
				{"aggregate": "Person", "pipeline": [{"$project": {"_id": 0, "c0": {"$trunc": [{"$divide": ["$score", {"$literal": 2}]}]}}}]}""" );
	}

	@Test
	void sumIsNullWhenNoValueIsPresent() {
		assertThat( mql( "select count(*), sum(p.age) from Person p" ) ).isEqualTo( """
				{"aggregate": "Person", "pipeline": [{"$group": {"_id": null, "a0": {"$sum": {"$literal": 1}}, "a1": {"$sum": "$age"}, \
				"a1n": {"$sum": {"$cond": [{"$gt": ["$age", {"$literal": null}]}, {"$literal": 1}, {"$literal": 0}]}}}}, \
				{"$project": {"_id": 0, "c0": "$a0", "c1": {"$cond": [{"$gt": ["$a1n", {"$literal": 0}]}, "$a1", {"$literal": null}]}}}]}""" );
	}

	@Test
	void groupByKeysLiveUnderId() {
		assertThat( mql( "select p.address.city, max(p.score) from Person p group by p.address.city having count(*) > 1" ) ).isEqualTo( """
				{"aggregate": "Person", "pipeline": [{"$group": {"_id": {"g0": {"$ifNull": ["$address.city", {"$literal": null}]}}, "a0": {"$sum": {"$literal": 1}}, \
				"a1": {"$max": "$score"}}}, {"$match": {"$expr": {"$and": [{"$gt": ["$a0", {"$literal": null}]}, \
				{"$gt": ["$a0", {"$literal": 1}]}]}}}, {"$project": {"_id": 0, "c0": "$_id.g0", "c1": "$a1"}}]}""" );
	}

	@Test
	void bulkUpdateOfAValueIsASet() {
		assertThat( mutation( "update Person p set p.address.city = 'Rome' where p.score > 3" ) ).isEqualTo( """
				{"update": "Person", "updates": [{"q": {"score": {"$gt": 3}}, "u": {"$set": {"address.city": "Rome"}}, "multi": true}]}""" );
	}

	@Test
	void bulkUpdateOfAnExpressionIsAPipelineUpdateRemovingNullResults() {
		assertThat( mutation( "update Person p set p.score = p.score + 1" ) ).isEqualTo( """
				{"update": "Person", "updates": [{"q": {}, "u": [{"$addFields": {"score": {"$ifNull": [{"$add": ["$score", {"$literal": 1}]}, \
				"$$REMOVE"]}}}], "multi": true}]}""" );
	}

	@Test
	void nullAssignedInAPipelineUpdateRemovesTheField() {
		assertThat( mutation( "update Person p set p.score = p.score + 1, p.name = null" ) ).isEqualTo( """
				{"update": "Person", "updates": [{"q": {}, "u": [{"$addFields": {"score": {"$ifNull": [{"$add": ["$score", {"$literal": 1}]}, \
				"$$REMOVE"]}, "name": {"$ifNull": [{"$literal": null}, "$$REMOVE"]}}}], "multi": true}]}""" );
	}

	@Test
	void bulkDeleteRemovesAllMatches() {
		assertThat( mutation( "delete from Person p where p.name is null" ) ).isEqualTo( """
				{"delete": "Person", "deletes": [{"q": {"name": null}, "limit": 0}]}""" );
	}
}
