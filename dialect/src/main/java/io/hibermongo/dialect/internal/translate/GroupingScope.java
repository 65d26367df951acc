package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonArray;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Distinct;
import org.hibernate.sql.ast.tree.expression.Star;
import org.hibernate.sql.ast.tree.select.QuerySpec;

/**
 * GROUP BY and aggregate functions as one {@code $group} stage: grouping keys under {@code _id.g0…},
 * aggregates as accumulators {@code a0…}, with SQL's results:
 * <ul>
 * <li>{@code count(*)} is <code>{$sum: 1}</code>; {@code count(x)} counts only non-null x;
 *     {@code count(distinct x)} is the size of {@code $addToSet} without null;</li>
 * <li>{@code sum(x)} is NULL, not 0, when no x is non-null (a second accumulator counts them);</li>
 * <li>{@code avg}, {@code min}, {@code max} ignore NULL and give NULL over no value, as MongoDB does.</li>
 * </ul>
 * Accumulators are added while the select list, HAVING and ORDER BY are translated.
 */
final class GroupingScope implements ExpressionTranslator.GroupScope {

	private final TranslationContext context;
	private final List<org.hibernate.sql.ast.tree.expression.Expression> keys;
	private final Map<String, Expression> id = new LinkedHashMap<>();
	private final Map<String, Expression> accumulators = new LinkedHashMap<>();
	private final ExpressionTranslator inputs;

	private GroupingScope(TranslationContext context, List<org.hibernate.sql.ast.tree.expression.Expression> keys) {
		this.context = context;
		this.keys = keys;
		this.inputs = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
		for ( int i = 0; i < keys.size(); i++ ) {
			id.put( "g" + i, inputs.translate( keys.get( i ) ) );
		}
	}

	/** The grouping of {@code querySpec}, or null when it neither groups nor aggregates. */
	static GroupingScope of(TranslationContext context, QuerySpec querySpec) {
		List<org.hibernate.sql.ast.tree.expression.Expression> keys = new ArrayList<>( querySpec.getGroupByClauseExpressions() );
		if ( keys.isEmpty() && !hasAggregate( querySpec ) ) {
			return null;
		}
		return new GroupingScope( context, keys );
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
		SqlAstNode node = astNode instanceof org.hibernate.sql.ast.tree.expression.Expression expression
				? SqlExpressions.unwrap( expression ) : astNode;
		if ( node instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> ) {
			return true;
		}
		if ( node instanceof org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression<?> function ) {
			return function.getArguments().stream().anyMatch( GroupingScope::containsAggregate );
		}
		if ( node instanceof org.hibernate.sql.ast.tree.expression.BinaryArithmeticExpression arithmetic ) {
			return containsAggregate( arithmetic.getLeftHandOperand() ) || containsAggregate( arithmetic.getRightHandOperand() );
		}
		if ( node instanceof org.hibernate.sql.ast.tree.expression.UnaryOperation unary ) {
			return containsAggregate( unary.getOperand() );
		}
		return false;
	}

	Stage stage() {
		return new Stage.Group( id, accumulators );
	}

	@Override
	public Expression resolve(org.hibernate.sql.ast.tree.expression.Expression expression) {
		for ( int i = 0; i < keys.size(); i++ ) {
			if ( sameExpression( keys.get( i ), expression ) ) {
				return new Field( "_id.g" + i );
			}
		}
		if ( SqlExpressions.unwrap( expression ) instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate ) {
			return aggregate( aggregate );
		}
		return null;
	}

	private Expression aggregate(SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate) {
		if ( aggregate.getFilter() != null ) {
			throw context.refuse( "An aggregate function with FILTER" );
		}
		String name = aggregate.getFunctionName();
		List<? extends SqlAstNode> arguments = aggregate.getArguments();
		SqlAstNode argument = arguments.isEmpty() ? null : arguments.get( 0 );
		String accumulator = "a" + accumulators.size();
		switch ( name ) {
			case "count" -> {
				if ( argument == null || argument instanceof Star ) {
					accumulators.put( accumulator, new Expression.Accumulator( "$sum", ExpressionTranslator.constant( 1 ) ) );
				}
				else if ( argument instanceof Distinct distinct ) {
					accumulators.put( accumulator, new Expression.Accumulator( "$addToSet", inputs.translate( distinct.getExpression() ) ) );
					return new Operator( "$size", new Operator( "$setDifference", new Field( accumulator ),
							new Expression.Constant( new io.hibermongo.dialect.internal.mql.Operand.Literal( new BsonArray( List.of( BsonNull.VALUE ) ) ) ) ) );
				}
				else {
					accumulators.put( accumulator, new Expression.Accumulator( "$sum", countIfNotNull( inputs.translate( argument ) ) ) );
				}
				return new Field( accumulator );
			}
			case "sum" -> {
				Expression value = inputs.translate( distinctFree( argument, name ) );
				accumulators.put( accumulator, new Expression.Accumulator( "$sum", value ) );
				String counted = accumulator + "n";
				accumulators.put( counted, new Expression.Accumulator( "$sum", countIfNotNull( value ) ) );
				return new Operator( "$cond", new Operator( "$gt", new Field( counted ), ExpressionTranslator.constant( 0 ) ),
						new Field( accumulator ), ExpressionTranslator.nullConstant() );
			}
			case "avg", "min", "max" -> {
				accumulators.put( accumulator, new Expression.Accumulator( "$" + name, inputs.translate( distinctFree( argument, name ) ) ) );
				return new Field( accumulator );
			}
			default -> throw context.refuse( "The aggregate function " + name + "()" );
		}
	}

	private SqlAstNode distinctFree(SqlAstNode argument, String function) {
		if ( argument instanceof Distinct ) {
			throw context.refuse( function + "(distinct …)" );
		}
		return argument;
	}

	private static Expression countIfNotNull(Expression value) {
		return new Operator( "$cond", PredicateTranslator.nullTest( value, true ), ExpressionTranslator.constant( 1 ),
				ExpressionTranslator.constant( 0 ) );
	}

	/**
	 * The row SQL returns for a global aggregate over no rows, which {@code $group} does not produce:
	 * 0 for a count, NULL for the other aggregates. A computed expression over aggregates is refused,
	 * since its value over no rows cannot be given without evaluating it.
	 */
	List<BsonValue> emptyGroupRow(List<SqlSelection> selections) {
		if ( !keys.isEmpty() ) {
			return null;
		}
		List<BsonValue> row = new ArrayList<>();
		for ( SqlSelection selection : selections ) {
			var expression = SqlExpressions.unwrap( selection.getExpression() );
			if ( expression instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate ) {
				row.add( aggregate.getFunctionName().equals( "count" ) ? new BsonInt64( 0 ) : BsonNull.VALUE );
			}
			else if ( expression instanceof org.hibernate.sql.ast.tree.expression.Literal
					|| expression instanceof org.hibernate.sql.ast.tree.expression.JdbcParameter ) {
				throw context.refuse( "A constant selected beside aggregate functions without GROUP BY" );
			}
			else {
				throw context.refuse( "An expression over aggregate functions without GROUP BY" );
			}
		}
		return row;
	}

	static boolean sameExpression(org.hibernate.sql.ast.tree.expression.Expression a, org.hibernate.sql.ast.tree.expression.Expression b) {
		a = SqlExpressions.unwrap( a );
		b = SqlExpressions.unwrap( b );
		if ( a == b ) {
			return true;
		}
		return a instanceof ColumnReference && a.equals( b );
	}
}
