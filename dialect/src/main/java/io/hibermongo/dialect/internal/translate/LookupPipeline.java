package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Stage;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;

/**
 * The stages that make the rows of a select joining other collections: <code>$match (conditions on
 * the root document alone) → per join, in from-clause order, $lookup + [$filter] + $unwind or the
 * $unwind of an array (and the {@code $unionWith} of a full join's other rows) → $match (all other
 * conditions)</code>; after a full join every condition is in the last {@code $match}. The first {@code $match} lets the server
 * use the root collection's indexes and look up fewer documents; the where clause is a filter on the
 * joined rows, as in SQL, so the rest runs after every join.
 */
final class LookupPipeline {

	private LookupPipeline() {
	}

	static List<Stage> stages(TranslationContext context, QuerySpec querySpec, ArrayJoins joins) {
		for ( ArrayJoins.Joined joined : joins.arrays() ) {
			if ( joined.outer() ) {
				ElementConditions.refuseOuterList( context, joined, "A left join to the elements of '" + joined.array().field()
						+ "' in a query joining other collections" );
			}
		}
		List<Stage> joinStages = new ArrayList<>();
		for ( JoinStep step : joins.steps() ) {
			joinStages.addAll( step.stages( context ) );
		}
		PredicateTranslator predicates = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE ).predicates();
		List<Filter> root = new ArrayList<>();
		List<Filter> joined = new ArrayList<>();
		context.takeElementUse();
		context.takeJoinedUse();
		List<Predicate> conditions = JoinConditions.conjuncts( context.where( querySpec ), new ArrayList<>() );
		// the conditions of inner joins that hold subqueries, tested after the joins with the WHERE's
		conditions.addAll( context.takeDeferredConditions() );
		for ( Predicate conjunct : conditions ) {
			int subqueries = context.subqueries().pending();
			Filter filter = predicates.toFilter( conjunct, false );
			boolean elements = !context.takeElementUse().isOwnerLevel();
			boolean subquery = context.subqueries().pending() > subqueries;
			( context.takeJoinedUse() || elements || subquery ? joined : root ).add( filter );
		}
		if ( joins.hasFullJoin() ) {
			// the rows a full join adds lack the root document: every condition waits for them
			joined.addAll( 0, root );
			root.clear();
		}
		List<Stage> stages = new ArrayList<>( MongoSelectTranslator.matching( ElementConditions.all( root ) ) );
		stages.addAll( joinStages );
		// a subquery may read any joined table: its lookup runs after the joins, before the conditions reading it
		stages.addAll( context.subqueries().take() );
		stages.addAll( MongoSelectTranslator.matching( ElementConditions.all( joined ) ) );
		return stages;
	}

	/**
	 * Per result column, the column of the root entity it reads, or null (strict reads check only those;
	 * none after a full join, whose added rows have no root document).
	 */
	static List<ColumnReference> rootColumnsRead(TranslationContext context, QuerySpec querySpec, ArrayJoins joins) {
		List<ColumnReference> read = new ArrayList<>();
		for ( SqlSelection selection : MongoSelectTranslator.orderedSelections( querySpec ) ) {
			read.add( !joins.hasFullJoin() && SqlExpressions.unwrap( selection.getExpression() ) instanceof ColumnReference column
					&& context.alias().equals( column.getQualifier() ) ? column : null );
		}
		return read;
	}
}
