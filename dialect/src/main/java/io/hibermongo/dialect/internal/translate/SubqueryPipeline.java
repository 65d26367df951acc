package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.UnionTable;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonValue;
import org.hibernate.query.common.FetchClauseType;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * The pipeline that makes a subquery's rows, run inside the {@code $lookup} of the enclosing query:
 * the subquery's own joins (array {@code $unwind}s and {@code $lookup}s, as in a top-level select), then
 * {@code $match} of its WHERE clause, then grouping, projection {@code c0…cn}, DISTINCT, ORDER BY and its
 * OFFSET/FETCH, exactly as a top-level select's {@code aggregate}.
 * <p>
 * A condition that reads a column of an enclosing query (a correlation) is tested with {@code $expr}
 * on the lookup's variables ({@link OuterColumns}); the others stay query operators, which a real server
 * serves from indexes.
 *
 * @param collection the collection the subquery reads
 * @param outer the outer columns it reads (the lookup's {@code let}); null for a branch of a set operation
 * @param stages its pipeline
 * @param emptyRow the row a global aggregate gives over no rows (count 0, others NULL), which {@code $group}
 *     does not produce; null when the pipeline yields every row itself
 * @param tables every table the subquery reads
 */
record SubqueryPipeline(String collection, OuterColumns outer, List<Stage> stages, List<BsonValue> emptyRow, Set<String> tables) {

	static SubqueryPipeline of(ExpressionTranslator enclosing, SelectStatement statement) {
		TranslationContext context = enclosing.context();
		if ( !( statement.getQueryPart() instanceof QuerySpec querySpec ) ) {
			throw context.refuse( "UNION, INTERSECT and EXCEPT inside a subquery" );
		}
		context.addCtes( statement.getCteStatements() );
		return of( context, enclosing, querySpec );
	}

	/**
	 * The pipeline of {@code querySpec}, read in {@code context}'s statement; {@code enclosing} translates
	 * the columns of the enclosing query it reads, null when there is none (a branch of a set operation).
	 */
	static SubqueryPipeline of(TranslationContext context, ExpressionTranslator enclosing, QuerySpec querySpec) {
		DocumentLayout layout = context.layout();
		ArrayJoins joins = ArrayJoins.of( querySpec, layout );
		if ( joins.hasFullJoin() ) {
			throw context.refuse( "A full join inside a subquery or a branch of a set operation" );
		}
		NamedTableReference table = joins.root();
		UnionTable union = joins.hasDerivedRoot() ? null : joins.union();
		if ( union != null && ( !joins.steps().isEmpty() || !joins.arrays().isEmpty() ) ) {
			throw context.refuse( "Joins in a subquery over a TABLE_PER_CLASS hierarchy" );
		}
		OuterColumns outer = enclosing == null ? null : new OuterColumns( enclosing );
		TranslationContext subquery = context.forSubquery( table.getTableExpression(), table.getIdentificationVariable(), outer );
		Set<String> tables = new LinkedHashSet<>();
		List<Stage> stages = new ArrayList<>();
		if ( joins.hasDerivedRoot() ) {
			stages.addAll( joins.derivedRootStages( subquery ) );
		}
		else {
			DocumentTables documentTables = DocumentTables.of( joins.rootGroup(), table, layout, context.statement() );
			subquery.readDocumentTables( documentTables );
			tables.add( table.getTableExpression() );
			tables.addAll( documentTables.aliases().values() );
			if ( union != null ) {
				// every class's collection, as a polymorphic read of the hierarchy (real server: $unionWith)
				stages.addAll( UnionBranches.stages( union, List.of(), subquery.collection() ) );
				tables.addAll( union.collections() );
			}
		}
		tables.addAll( joins.lookedUpTables() );
		for ( ArrayJoins.Joined joined : joins.arrays() ) {
			subquery.joinArray( joined.alias(), joined.array() );
			tables.add( joined.array().table() );
		}
		for ( JoinStep step : joins.steps() ) {
			stages.addAll( step.stages( subquery ) );
		}
		tables.addAll( joins.derivedTables() );
		stages.addAll( where( subquery, querySpec ) );
		MqlCommand.Aggregate aggregate = (MqlCommand.Aggregate) new MongoSelectTranslator.AggregatePlan( subquery, querySpec, stages )
				.command( clause( subquery, querySpec.getOffsetClauseExpression() ), fetch( subquery, querySpec ), null );
		tables.addAll( subquery.subqueries().tables() );
		return new SubqueryPipeline( subquery.collection(), outer, aggregate.pipeline(),
				aggregate.emptyGroupRow(), tables );
	}

	/** The WHERE clause: correlated conditions as {@code $expr}, the others as query operators. */
	private static List<Stage> where(TranslationContext subquery, QuerySpec querySpec) {
		List<Filter> filters = new ArrayList<>();
		OuterColumns outer = subquery.outer();
		List<Predicate> conditions = JoinConditions.conjuncts( subquery.where( querySpec ), new ArrayList<>() );
		// the conditions of inner joins that hold subqueries, tested after the joins with the WHERE's
		conditions.addAll( subquery.takeDeferredConditions() );
		for ( Predicate conjunct : conditions ) {
			boolean correlated = false;
			if ( outer != null ) {
				outer.takeUse();
				new ExpressionTranslator( subquery.scratch(), ExpressionTranslator.GroupScope.NONE ).predicates().toFilter( conjunct, false );
				correlated = outer.takeUse();
			}
			PredicateTranslator predicates = new ExpressionTranslator( subquery, ExpressionTranslator.GroupScope.NONE ).predicates();
			filters.add( correlated
					? new Filter.Expr( predicates.toExpression( conjunct, false ) )
					: predicates.toFilter( conjunct, false ) );
		}
		List<Stage> stages = new ArrayList<>( subquery.subqueries().take() );
		stages.addAll( MongoSelectTranslator.matching( ElementConditions.all( filters ) ) );
		return stages;
	}

	private static Operand fetch(TranslationContext subquery, QuerySpec querySpec) {
		if ( querySpec.getFetchClauseExpression() != null && querySpec.getFetchClauseType() != FetchClauseType.ROWS_ONLY ) {
			throw subquery.refuse( "FETCH " + querySpec.getFetchClauseType() + " in a subquery" );
		}
		return clause( subquery, querySpec.getFetchClauseExpression() );
	}

	private static Operand clause(TranslationContext subquery, org.hibernate.sql.ast.tree.expression.Expression expression) {
		return expression == null ? null : MongoSelectTranslator.clauseOperand( subquery, expression );
	}
}
