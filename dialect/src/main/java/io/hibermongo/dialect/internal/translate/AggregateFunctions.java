package io.hibermongo.dialect.internal.translate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Accumulator;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonArray;
import org.bson.BsonNull;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.query.sqm.function.SelfRenderingOrderedSetAggregateFunctionSqlAstExpression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.Distinct;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.expression.Star;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.SortSpecification;

import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.element;
import static io.hibermongo.dialect.internal.translate.Mql.notNull;
import static io.hibermongo.dialect.internal.translate.Mql.nullValue;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;
import static io.hibermongo.dialect.internal.translate.Mql.value;

/**
 * Aggregate functions as {@code $group} accumulators named {@code a0…}, with SQL's results:
 * <ul>
 * <li>{@code count(*)} is <code>{$sum: 1}</code>; {@code count(x)} counts only non-null x;
 *     {@code count(distinct x)} is the size of {@code $addToSet} without null; {@code count(distinct (a, b))}
 *     collects <code>{k0: a, k1: b}</code> documents, NULL members included as on H2;</li>
 * <li>{@code sum(x)} is NULL, not 0, when no x is non-null (a second accumulator counts them);</li>
 * <li>{@code avg}, {@code min}, {@code max} ignore NULL and give NULL over no value, as MongoDB does;</li>
 * <li>{@code every(p)}/{@code any(p)}: {@code $min}/{@code $max} of 1 (TRUE), 0 (FALSE) or null (UNKNOWN);</li>
 * <li>{@code listagg(x, sep)}: the non-null values pushed ({@code $push}) and joined with {@code $reduce};</li>
 * <li>{@code percentile_cont(p)}, {@code percentile_disc(p)} and {@code median(x)}: the non-null values
 *     pushed in their order, then the value at {@code p·(n-1)} (interpolated) or at {@code ⌈p·n⌉-1};</li>
 * <li>{@code mode() within group (order by x)}: the non-null values pushed in their order, then the most
 *     frequent one, the first in that order among equally frequent ones (as H2), NULL over none.</li>
 * </ul>
 * The order of {@code within group (order by …)}, and of the argument of {@code median}, is a
 * {@code $sort} on the field before {@code $group} ({@link #order}), whose {@code $push} keeps it; all such
 * aggregates of one query must share it. {@code filter (where p)} feeds an accumulator NULL (or 0 for
 * {@code count(*)}) for rows where p is not TRUE.
 */
final class AggregateFunctions {

	private final TranslationContext context;
	private final ExpressionTranslator inputs;
	private final Map<String, Expression> accumulators;

	AggregateFunctions(TranslationContext context, ExpressionTranslator inputs, Map<String, Expression> accumulators) {
		this.context = context;
		this.inputs = inputs;
		this.accumulators = accumulators;
	}

	/** The sort an ordered aggregate needs on its input, or null. */
	static List<SortSpecification> order(SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate) {
		if ( aggregate instanceof SelfRenderingOrderedSetAggregateFunctionSqlAstExpression<?> ordered
				&& ordered.getWithinGroup() != null && !ordered.getWithinGroup().isEmpty() ) {
			return ordered.getWithinGroup();
		}
		if ( aggregate.getFunctionName().equals( "median" ) ) {
			return List.of( new SortSpecification( (org.hibernate.sql.ast.tree.expression.Expression) aggregate.getArguments().get( 0 ),
					org.hibernate.query.SortDirection.ASCENDING ) );
		}
		return null;
	}

	Expression translate(SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate) {
		String name = aggregate.getFunctionName();
		List<? extends SqlAstNode> arguments = aggregate.getArguments();
		SqlAstNode argument = arguments.isEmpty() ? null : arguments.get( 0 );
		Expression when = aggregate.getFilter() == null ? null : inputs.predicates().toExpression( aggregate.getFilter(), false );
		String accumulator = "a" + accumulators.size();
		return switch ( name ) {
			case "count" -> count( accumulator, argument, when );
			case "sum" -> {
				Expression value = filtered( when, input( argument, name ) );
				accumulators.put( accumulator, new Accumulator( "$sum", value ) );
				String counted = accumulator + "n";
				accumulators.put( counted, new Accumulator( "$sum", countIfNotNull( value ) ) );
				yield cond( op( "$gt", new Field( counted ), number( 0 ) ), new Field( accumulator ), nullValue() );
			}
			case "avg", "min", "max" -> {
				accumulators.put( accumulator, new Accumulator( "$" + name, filtered( when, input( argument, name ) ) ) );
				yield new Field( accumulator );
			}
			case "every", "any" -> {
				Expression truth = filtered( when, truthValue( argument ) );
				accumulators.put( accumulator, new Accumulator( name.equals( "every" ) ? "$min" : "$max", truth ) );
				Field result = new Field( accumulator );
				yield cond( notNull( result ), op( "$eq", result, number( 1 ) ), nullValue() );
			}
			case "listagg" -> {
				accumulators.put( accumulator, new Accumulator( "$push", filtered( when, input( argument, name ) ) ) );
				Expression separator = inputs.translate( arguments.get( 1 ) );
				Expression join = cond( op( "$eq", value(), nullValue() ), element(), op( "$concat", value(), separator, element() ) );
				yield Mql.reduce( Mql.nonNullElements( new Field( accumulator ) ), nullValue(), join );
			}
			case "percentile_cont", "percentile_disc", "median" -> {
				List<SortSpecification> order = order( aggregate );
				if ( order == null || order.size() != 1 ) {
					throw context.refuse( name + "() without exactly one ORDER BY expression in WITHIN GROUP" );
				}
				accumulators.put( accumulator, new Accumulator( "$push", filtered( when, inputs.translate( order.get( 0 ).getSortExpression() ) ) ) );
				Expression fraction = name.equals( "median" ) ? Mql.number( 0.5 ) : inputs.translate( argument );
				Expression values = Mql.nonNullElements( new Field( accumulator ) );
				if ( name.equals( "percentile_disc" ) ) {
					yield percentileDisc( values, fraction );
				}
				// over an integral order H2 gives an integral value, rounded
				Expression interpolated = percentileCont( values, fraction );
				yield ExpressionTranslator.isIntegral( aggregate.getExpressionType() )
						? CastFunctions.toIntegral( aggregate.getExpressionType(), NumericFunctions.roundHalfAwayFromZero( interpolated ) )
						: interpolated;
			}
			case "mode" -> {
				List<SortSpecification> order = order( aggregate );
				if ( order == null || order.size() != 1 ) {
					throw context.refuse( "mode() without exactly one ORDER BY expression in WITHIN GROUP" );
				}
				accumulators.put( accumulator, new Accumulator( "$push", filtered( when, inputs.translate( order.get( 0 ).getSortExpression() ) ) ) );
				yield mostFrequent( Mql.nonNullElements( new Field( accumulator ) ) );
			}
			default -> throw context.refuse( "The aggregate function " + name + "()" );
		};
	}

	/**
	 * The most frequent value of an ordered array, the first of equally frequent ones: equal values are
	 * neighbours, so one {@code $reduce} counts each run ({@code v}, {@code n}) and keeps the longest so far
	 * ({@code best}, {@code m}); a later run must be strictly longer to replace it.
	 */
	private static Expression mostFrequent(Expression values) {
		Expression run = cond( op( "$and", op( "$gt", new Expression.Variable( "value.n" ), number( 0 ) ),
						op( "$eq", element(), new Expression.Variable( "value.v" ) ) ),
				op( "$add", new Expression.Variable( "value.n" ), number( 1 ) ), number( 1 ) );
		Map<String, Expression> next = new LinkedHashMap<>();
		next.put( "v", element() );
		next.put( "n", run );
		next.put( "best", cond( op( "$gt", run, new Expression.Variable( "value.m" ) ), element(), new Expression.Variable( "value.best" ) ) );
		next.put( "m", op( "$max", run, new Expression.Variable( "value.m" ) ) );
		Map<String, Expression> initial = new LinkedHashMap<>();
		initial.put( "v", nullValue() );
		initial.put( "n", number( 0 ) );
		initial.put( "best", nullValue() );
		initial.put( "m", number( 0 ) );
		Expression runs = Mql.reduce( values, new Expression.Document( initial ), new Expression.Document( next ) );
		// the field "best" of the result; $objectToArray keeps the field order (neither $let nor $getField
		// runs on the embedded server)
		return op( "$arrayElemAt", Mql.map( op( "$objectToArray", runs ), new Expression.Variable( "this.v" ) ), number( 2 ) );
	}

	private Expression count(String accumulator, SqlAstNode argument, Expression when) {
		if ( argument == null || argument instanceof Star ) {
			accumulators.put( accumulator, new Accumulator( "$sum", when == null ? number( 1 ) : cond( when, number( 1 ), number( 0 ) ) ) );
			return new Field( accumulator );
		}
		if ( argument instanceof Distinct distinct ) {
			Expression value = SqlExpressions.unwrap( distinct.getExpression() ) instanceof SqlTuple tuple
					? tuple( tuple ) : inputs.translate( distinct.getExpression() );
			accumulators.put( accumulator, new Accumulator( "$addToSet", filtered( when, value ) ) );
			return op( "$size", op( "$setDifference", new Field( accumulator ),
					new Expression.Constant( new Operand.Literal( new BsonArray( List.of( BsonNull.VALUE ) ) ) ) ) );
		}
		accumulators.put( accumulator, new Accumulator( "$sum", countIfNotNull( filtered( when, inputs.translate( argument ) ) ) ) );
		return new Field( accumulator );
	}

	/**
	 * <code>{k0: a, k1: b}</code>, NULL and missing members alike: {@code count(distinct (a, b))} counts
	 * distinct rows, those with NULL members included, as H2 does.
	 */
	private Expression tuple(SqlTuple tuple) {
		Map<String, Expression> members = new LinkedHashMap<>();
		for ( var member : tuple.getExpressions() ) {
			members.put( "k" + members.size(), op( "$ifNull", inputs.translate( member ), nullValue() ) );
		}
		return new Expression.Document( members );
	}

	private Expression input(SqlAstNode argument, String function) {
		if ( argument instanceof Distinct ) {
			throw context.refuse( function + "(distinct …)" );
		}
		return inputs.translate( argument );
	}

	/** 1 for TRUE, 0 for FALSE, null for UNKNOWN: a predicate is tested for TRUE and for FALSE. */
	private Expression truthValue(SqlAstNode argument) {
		if ( argument instanceof Predicate predicate ) {
			return cond( inputs.predicates().toExpression( predicate, false ), number( 1 ),
					cond( inputs.predicates().toExpression( predicate, true ), number( 0 ), nullValue() ) );
		}
		Expression value = inputs.translate( argument );
		return cond( notNull( value ), cond( value, number( 1 ), number( 0 ) ), nullValue() );
	}

	private static Expression filtered(Expression when, Expression value) {
		return when == null ? value : cond( when, value, nullValue() );
	}

	private static Expression countIfNotNull(Expression value) {
		return cond( notNull( value ), number( 1 ), number( 0 ) );
	}


	/** The element at {@code ⌈p·n⌉-1} (at least 0) of the ordered values; NULL over none. */
	private static Expression percentileDisc(Expression values, Expression fraction) {
		Expression n = op( "$size", values );
		Expression index = op( "$max", op( "$subtract", op( "$ceil", op( "$multiply", fraction, n ) ), number( 1 ) ), number( 0 ) );
		return cond( op( "$eq", n, number( 0 ) ), nullValue(), op( "$arrayElemAt", values, op( "$toInt", index ) ) );
	}

	/** The value at {@code p·(n-1)}, interpolated between its neighbours; NULL over none. */
	private static Expression percentileCont(Expression values, Expression fraction) {
		Expression n = op( "$size", values );
		Expression position = op( "$multiply", fraction, op( "$subtract", n, number( 1 ) ) );
		Expression below = op( "$arrayElemAt", values, op( "$toInt", op( "$floor", position ) ) );
		Expression above = op( "$arrayElemAt", values, op( "$toInt", op( "$ceil", position ) ) );
		Expression interpolated = op( "$add", below, op( "$multiply", op( "$subtract", position, op( "$floor", position ) ),
				op( "$subtract", above, below ) ) );
		return cond( op( "$eq", n, number( 0 ) ), nullValue(), interpolated );
	}
}
