package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SortSpecification;

/**
 * GROUP BY and aggregate functions as a {@code $group} stage: grouping keys under {@code _id.g0…}, each
 * <code>{$ifNull: [key, null]}</code> so that NULL and a missing field fall into one group as in SQL;
 * aggregates as accumulators {@code a0…} ({@link AggregateFunctions}), added while the select list,
 * HAVING and ORDER BY are translated. Ordered aggregates put a {@code $sort} before it.
 * <p>
 * A global aggregate (no GROUP BY) gives one row even over no rows, which {@code $group} does not: a
 * select list of plain aggregates gets that row from the client ({@link #emptyGroupRow}); anything
 * else (an expression over aggregates, a constant, HAVING) runs {@code $group} inside {@code $facet}, whose
 * one output document holds the group or nothing, and {@code $replaceRoot} takes the group or the
 * accumulators' values over no rows ({@link Expression.EmptyGroup}), so every expression is evaluated
 * by the server on the row SQL defines.
 * <p>
 * Subqueries in GROUP BY keys and in aggregate arguments are computed per input row, so their lookups
 * ({@link #inputLookups}) go before {@code $group}, not where the select list's lookups go.
 */
final class GroupingScope implements ExpressionTranslator.GroupScope {

	private final TranslationContext context;
	private final List<org.hibernate.sql.ast.tree.expression.Expression> keys;
	private final Map<String, Expression> id = new LinkedHashMap<>();
	private final Map<String, Expression> accumulators = new LinkedHashMap<>();
	private final AggregateFunctions aggregates;
	private final boolean evaluatedOverNoRows;
	private final BsonDocument order;
	private final List<Stage> inputLookups = new ArrayList<>();

	private GroupingScope(TranslationContext context, QuerySpec querySpec, List<org.hibernate.sql.ast.tree.expression.Expression> keys) {
		this.context = context;
		this.keys = keys;
		ExpressionTranslator inputs = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
		this.aggregates = new AggregateFunctions( context, inputs, accumulators );
		int subqueries = context.pendingSubqueries();
		for ( int i = 0; i < keys.size(); i++ ) {
			id.put( "g" + i, new Operator( "$ifNull", inputs.translate( keys.get( i ) ), ExpressionTranslator.nullConstant() ) );
		}
		takeInputLookups( subqueries );
		this.evaluatedOverNoRows = keys.isEmpty() && !onlyPlainAggregates( querySpec );
		this.order = inputOrder( querySpec );
	}

	/** The grouping of {@code querySpec}, or null when it neither groups nor aggregates. */
	static GroupingScope of(TranslationContext context, QuerySpec querySpec) {
		List<org.hibernate.sql.ast.tree.expression.Expression> keys = new ArrayList<>( querySpec.getGroupByClauseExpressions() );
		if ( keys.isEmpty() && !hasAggregate( querySpec ) ) {
			return null;
		}
		return new GroupingScope( context, querySpec, keys );
	}

	private static boolean hasAggregate(QuerySpec querySpec) {
		if ( querySpec.getHavingClauseRestrictions() != null ) {
			return true;
		}
		for ( SqlSelection selection : querySpec.getSelectClause().getSqlSelections() ) {
			if ( containsAggregate( selection.getExpression() ) ) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAggregate(SqlAstNode astNode) {
		List<SelfRenderingAggregateFunctionSqlAstExpression<?>> found = new ArrayList<>();
		collectAggregates( astNode, found );
		return !found.isEmpty();
	}

	/** The aggregate functions in an expression, looking into functions, arithmetic and CASE. */
	private static void collectAggregates(SqlAstNode astNode, List<SelfRenderingAggregateFunctionSqlAstExpression<?>> found) {
		SqlAstNode node = astNode instanceof org.hibernate.sql.ast.tree.expression.Expression expression
				? SqlExpressions.unwrap( expression ) : astNode;
		if ( node instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate ) {
			found.add( aggregate );
		}
		else if ( node instanceof org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression<?> function ) {
			function.getArguments().forEach( argument -> collectAggregates( argument, found ) );
		}
		else if ( node instanceof org.hibernate.sql.ast.tree.expression.BinaryArithmeticExpression arithmetic ) {
			collectAggregates( arithmetic.getLeftHandOperand(), found );
			collectAggregates( arithmetic.getRightHandOperand(), found );
		}
		else if ( node instanceof org.hibernate.sql.ast.tree.expression.Over<?> over ) {
			// a window over grouped rows (sum(sum(x)) over (…)): the aggregates are its inputs, not the windowed function
			if ( SqlExpressions.unwrap( over.getExpression() ) instanceof org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression<?> windowed ) {
				windowed.getArguments().forEach( argument -> collectAggregates( argument, found ) );
			}
			over.getPartitions().forEach( partition -> collectAggregates( partition, found ) );
			over.getOrderList().forEach( order -> collectAggregates( order.getSortExpression(), found ) );
		}
		else if ( node instanceof org.hibernate.sql.ast.tree.expression.UnaryOperation unary ) {
			collectAggregates( unary.getOperand(), found );
		}
		else if ( node instanceof org.hibernate.sql.ast.tree.expression.CaseSearchedExpression caseSearched ) {
			caseSearched.getWhenFragments().forEach( when -> collectAggregates( when.getResult(), found ) );
			if ( caseSearched.getOtherwise() != null ) {
				collectAggregates( caseSearched.getOtherwise(), found );
			}
		}
	}

	private static boolean onlyPlainAggregates(QuerySpec querySpec) {
		if ( querySpec.getHavingClauseRestrictions() != null ) {
			return false;
		}
		return querySpec.getSelectClause().getSqlSelections().stream()
				.allMatch( selection -> SqlExpressions.unwrap( selection.getExpression() ) instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> );
	}

	/**
	 * The {@code $sort} the ordered aggregates of the select list and ORDER BY need on their input (the
	 * same for all), or null. Only fields can be sort keys.
	 */
	private BsonDocument inputOrder(QuerySpec querySpec) {
		List<SelfRenderingAggregateFunctionSqlAstExpression<?>> found = new ArrayList<>();
		querySpec.getSelectClause().getSqlSelections().forEach( selection -> collectAggregates( selection.getExpression(), found ) );
		MongoSelectTranslator.sortSpecifications( querySpec ).forEach( sort -> collectAggregates( sort.getSortExpression(), found ) );
		BsonDocument sort = null;
		for ( SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate : found ) {
			List<SortSpecification> order = AggregateFunctions.order( aggregate );
			if ( order == null ) {
				continue;
			}
			BsonDocument keys = new BsonDocument();
			for ( SortSpecification specification : order ) {
				if ( !( SqlExpressions.unwrap( specification.getSortExpression() ) instanceof ColumnReference column ) ) {
					throw context.refuse( "WITHIN GROUP (ORDER BY a computed value) in " + aggregate.getFunctionName() + "()" );
				}
				keys.append( context.path( column ), MongoSelectTranslator.direction( specification ) );
			}
			if ( sort != null && !sort.equals( keys ) ) {
				throw context.refuse( "Ordered aggregate functions with different orders in one query" );
			}
			sort = keys;
		}
		return sort;
	}

	/** The stages that group: an input {@code $sort} for ordered aggregates, then {@code $group}. */
	List<Stage> stages() {
		List<Stage> stages = new ArrayList<>();
		if ( order != null ) {
			stages.add( new Stage.Sort( order ) );
		}
		Stage group = new Stage.Group( id, accumulators );
		if ( evaluatedOverNoRows ) {
			stages.add( new Stage.Facet( "groups", List.of( group ) ) );
			stages.add( new Stage.ReplaceRoot( new Operator( "$ifNull", new Operator( "$arrayElemAt", new Field( "groups" ),
					ExpressionTranslator.constant( 0 ) ), new Expression.EmptyGroup( accumulators ) ) ) );
		}
		else {
			stages.add( group );
		}
		return stages;
	}

	@Override
	public Expression resolve(org.hibernate.sql.ast.tree.expression.Expression expression) {
		for ( int i = 0; i < keys.size(); i++ ) {
			if ( sameExpression( keys.get( i ), expression ) ) {
				return new Field( "_id.g" + i );
			}
		}
		if ( SqlExpressions.unwrap( expression ) instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate ) {
			int subqueries = context.pendingSubqueries();
			Expression accumulated = aggregates.translate( aggregate );
			takeInputLookups( subqueries );
			return accumulated;
		}
		return null;
	}

	/** Moves the lookups added since {@code pending} were waiting to the ones placed before {@code $group}. */
	private void takeInputLookups(int pending) {
		if ( context.pendingSubqueries() > pending ) {
			inputLookups.addAll( context.subqueries().takeAfter( pending ) );
		}
	}

	/**
	 * The lookups of the subqueries in GROUP BY keys and aggregate arguments, which must run before the
	 * grouping stages; complete once the select list, HAVING and ORDER BY are translated.
	 */
	List<Stage> inputLookups() {
		return inputLookups;
	}

	/**
	 * The row SQL returns for a global aggregate of plain aggregate functions over no rows, which
	 * {@code $group} does not produce: 0 for a count, NULL for the other aggregates. Null when the query
	 * groups, or when the server evaluates the row ({@code $facet}).
	 */
	List<BsonValue> emptyGroupRow(List<SqlSelection> selections) {
		if ( !keys.isEmpty() || evaluatedOverNoRows ) {
			return null;
		}
		List<BsonValue> row = new ArrayList<>();
		for ( SqlSelection selection : selections ) {
			var aggregate = (SelfRenderingAggregateFunctionSqlAstExpression<?>) SqlExpressions.unwrap( selection.getExpression() );
			row.add( aggregate.getFunctionName().equals( "count" ) ? new BsonInt64( 0 ) : BsonNull.VALUE );
		}
		return row;
	}

	/**
	 * Whether two expressions compute the same value: the same node, the same column, or the same
	 * non-aggregate function of the same arguments (HQL's {@code group by extract(year from x)} and the
	 * selected {@code extract(year from x)} are two nodes).
	 */
	static boolean sameExpression(org.hibernate.sql.ast.tree.expression.Expression a, org.hibernate.sql.ast.tree.expression.Expression b) {
		return sameNode( a, b );
	}

	private static boolean sameNode(SqlAstNode first, SqlAstNode second) {
		SqlAstNode a = first instanceof org.hibernate.sql.ast.tree.expression.Expression expression ? SqlExpressions.unwrap( expression ) : first;
		SqlAstNode b = second instanceof org.hibernate.sql.ast.tree.expression.Expression expression ? SqlExpressions.unwrap( expression ) : second;
		if ( a == b ) {
			return true;
		}
		if ( a instanceof ColumnReference ) {
			return a.equals( b );
		}
		if ( a instanceof org.hibernate.sql.ast.tree.expression.Literal x && b instanceof org.hibernate.sql.ast.tree.expression.Literal y ) {
			return java.util.Objects.equals( x.getLiteralValue(), y.getLiteralValue() );
		}
		if ( a instanceof org.hibernate.sql.ast.tree.expression.ExtractUnit x && b instanceof org.hibernate.sql.ast.tree.expression.ExtractUnit y ) {
			return x.getUnit() == y.getUnit();
		}
		if ( a instanceof org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression<?> f
				&& b instanceof org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression<?> g
				&& !( a instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> )
				&& f.getFunctionName().equals( g.getFunctionName() ) && f.getArguments().size() == g.getArguments().size() ) {
			for ( int i = 0; i < f.getArguments().size(); i++ ) {
				if ( !sameNode( f.getArguments().get( i ), g.getArguments().get( i ) ) ) {
					return false;
				}
			}
			return true;
		}
		return false;
	}
}
