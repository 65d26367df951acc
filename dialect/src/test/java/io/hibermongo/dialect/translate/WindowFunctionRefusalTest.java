package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What window functions MongoDB's {@code $setWindowFields} cannot compute exactly is refused by name while
 * the query is translated (so before it runs, and at startup for a named query), never approximated.
 */
class WindowFunctionRefusalTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "window_refusal", Person.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static void refused(String hql, String construct) {
		assertThatThrownBy( () -> capture.sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( construct + " is not supported" )
				.hasMessageContaining( "(in select from Person" );
	}

	@Test
	void frameExclusionIsRefused() {
		refused( "select p.name, sum(p.age) over (order by p.age rows between unbounded preceding and current row exclude current row) from Person p",
				"EXCLUDE CURRENT ROW in a window frame" );
	}

	@Test
	void rangeOffsetOverAStringKeyIsRefused() {
		refused( "select p.name, count(*) over (order by p.name range between 1 preceding and current row) from Person p",
				"A RANGE window frame with an offset over a non-numeric ORDER BY key" );
	}

	@Test
	void rangeOffsetOverAKeyWithNullsFirstDescendingIsRefused() {
		refused( "select p.name, count(*) over (order by p.age desc nulls first range between 1 preceding and current row) from Person p",
				"A RANGE window frame with an offset over an ORDER BY key with NULLS FIRST/LAST against MongoDB's order" );
	}

	@Test
	void rangeOffsetOverSeveralKeysIsRefused() {
		refused( "select p.name, count(*) over (order by p.age, p.score range between 1 preceding and 1 following) from Person p",
				"A RANGE window frame with an offset and several ORDER BY keys" );
	}

	@Test
	void frameStartingAfterItsEndIsRefused() {
		refused( "select p.name, sum(p.age) over (order by p.id rows between 1 following and 2 preceding) from Person p",
				"A window frame whose start lies after its end" );
	}

	@Test
	void frameOffsetGivenAsAParameterIsRefused() {
		assertThatThrownBy( () -> capture.sessionFactory.inSession( session -> session
				.createQuery( "select p.name, sum(p.age) over (order by p.id rows between :n preceding and current row) from Person p", Object.class )
				.setParameter( "n", 1 ).getResultList() ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A window offset that is not a literal is not supported" );
	}

	@Test
	void distinctAggregateOverAWindowIsRefused() {
		refused( "select p.name, count(distinct p.age) over (partition by p.name) from Person p", "count(distinct …) over (…)" );
	}

	@Test
	void filterOnAWindowFunctionIsRefused() {
		refused( "select p.name, row_number() filter (where p.age > 1) over (order by p.id) from Person p",
				"FILTER (WHERE …) on the window function row_number()" );
	}

	@Test
	void windowFunctionInWhereIsRefused() {
		refused( "select p.name from Person p where row_number() over (order by p.id) > 1",
				"A window function outside the select list and ORDER BY" );
	}

	@Test
	void negativeLagOffsetIsRefused() {
		refused( "select p.name, lag(p.age, -1) over (order by p.id) from Person p", "A negative lag() offset" );
	}

	@Test
	void otherAggregatesOverAWindowAreRefused() {
		refused( "select p.name, listagg(p.name, ',') over (order by p.id) from Person p", "The window function listagg() over (…)" );
	}
}
