package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The derived tables and CTEs Hibermongo does not translate are refused naming the construct: recursive
 * CTEs other than a walk from parents to children, their SEARCH and CYCLE clauses, right and full joins to a
 * derived table and a full join from one.
 */
class CteRefusalTest {

	private static final String ROOTS = "select t.id as id, t.title as title, 0 as depth from Topic t where t.parent is null";

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "cte_refusal", Novel.class, Writer.class, Topic.class );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	private static void query(String hql) {
		capture.sessionFactory.inSession( session -> session.createQuery( hql, Object.class ).getResultList() );
	}

	@Test
	void recursiveCteWithUnionIsRefusedByName() {
		assertThatThrownBy( () -> query( "with tree as (" + ROOTS + " union select t.id, t.title, r.depth + 1 from Topic t join tree r on t.parent.id = r.id) "
				+ "select r.title from tree r" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A recursive CTE (tree) with union (only UNION ALL, the rows of a tree walk, is translated) is not supported" );
	}

	@Test
	void recursiveCteJoiningOnAnotherColumnThanTheIdIsRefusedByName() {
		assertThatThrownBy( () -> query( "with tree as (" + ROOTS + " union all select t.id, t.title, r.depth + 1 from Topic t join tree r on t.title = r.title) "
				+ "select r.title from tree r" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A recursive CTE (tree) whose recursive part does not select the id of the rows it finds as the column it joins on" );
	}

	@Test
	void recursiveColumnComputedOtherwiseFromThePreviousRowIsRefusedByName() {
		assertThatThrownBy( () -> query( "with tree as (" + ROOTS + " union all select t.id, t.title, r.depth * 2 from Topic t join tree r on t.parent.id = r.id) "
				+ "select r.title from tree r" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A recursive CTE (tree) whose recursive part computes the column depth from the CTE's previous row" );
	}

	@Test
	void recursiveConditionOnTheCteIsRefusedByName() {
		assertThatThrownBy( () -> query( "with tree as (" + ROOTS + " union all select t.id, t.title, r.depth + 1 from Topic t join tree r on t.parent.id = r.id "
				+ "where r.depth < 3) select r.title from tree r" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A recursive CTE (tree) whose recursive part has a condition on the CTE's own columns or a subquery" );
	}

	@Test
	void searchClauseIsRefusedByName() {
		assertThatThrownBy( () -> query( "with tree as (" + ROOTS + " union all select t.id, t.title, r.depth + 1 from Topic t join tree r on t.parent.id = r.id) "
				+ "search depth first by id set ord select r.title from tree r order by r.ord" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "The SEARCH and CYCLE clauses of a recursive CTE (tree) is not supported" );
	}

	@Test
	void rightJoinToADerivedTableIsRefusedByName() {
		assertThatThrownBy( () -> query( "select w.name from Writer w right join (select n.writer.id as wid from Novel n) d on d.wid = w.id" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A right join to a derived table or CTE" );
	}

	@Test
	void fullJoinToADerivedTableIsRefusedByName() {
		assertThatThrownBy( () -> query( "select w.name from Writer w full join (select n.writer.id as wid from Novel n) d on d.wid = w.id" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A full join to a derived table or CTE" );
	}

	@Test
	void fullJoinFromADerivedTableIsRefusedByName() {
		assertThatThrownBy( () -> query( "select w.name from (select n.writer.id as wid from Novel n) d full join Writer w on d.wid = w.id" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "A full join from a derived table or CTE (to " );
	}
}
