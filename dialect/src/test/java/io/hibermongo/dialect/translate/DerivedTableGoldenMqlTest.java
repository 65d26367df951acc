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
	void debug() {
		System.out.println( "MQL1 " + mql( "with tree as (select t.id as id, t.title as title, 0 as depth from Topic t where t.parent is null "
				+ "union all select t.id, t.title, r.depth + 1 from Topic t join tree r on t.parent.id = r.id) select r.title, r.depth from tree r" ) );
		assertThat( 1 ).isEqualTo( 1 );
	}
}
