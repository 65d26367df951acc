package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression;
import org.hibernate.query.sqm.function.SelfRenderingWindowFunctionSqlAstExpression;
import org.hibernate.query.SortDirection;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.Distinct;
import org.hibernate.sql.ast.tree.expression.Over;
import org.hibernate.sql.ast.tree.expression.Star;
import org.hibernate.sql.ast.tree.select.SortSpecification;
import jakarta.persistence.criteria.Nulls;

import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.notNull;
import static io.hibermongo.dialect.internal.translate.Mql.nullValue;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;

/**
 * Window functions ({@code f(…) over (partition by … order by … frame)}) of one query part's select list
 * and ORDER BY, as {@code $setWindowFields} stages placed after WHERE, joins, GROUP BY and HAVING and
 * before the projection, DISTINCT, ORDER BY and paging, where SQL evaluates them. One {@link WindowStages}
 * per distinct window; each function is the expression the projection reads from their outputs:
 * <ul>
 * <li>{@code row_number()}: the running count of the partition's rows;</li>
 * <li>{@code rank()}, {@code dense_rank()}: the first peer's row number, its {@code $denseRank};
 *     {@code percent_rank()} = (rank - 1) / (rows - 1), 0 for a single row; {@code cume_dist()} = the last
 *     peer's row number / rows;</li>
 * <li>{@code ntile(k)}: from the row number and the partition's size, the first {@code rows mod k} buckets
 *     one row larger, as SQL;</li>
 * <li>{@code lag}/{@code lead(x, n, d)}: {@code $shift} by ∓n; with a default, of <code>{v: x}</code>, so a
 *     row beyond the partition (no document: d) differs from a NULL x (NULL);</li>
 * <li>{@code first_value}, {@code last_value}: {@code $first}, {@code $last} over the frame;
 *     {@code nth_value(x, n)}: element n-1 of {@code $firstN} of the frame's values (NULL past its end);</li>
 * <li>{@code count}, {@code sum}, {@code avg}, {@code min}, {@code max} over the frame, with SQL's NULLs:
 *     {@code sum} over no non-null value is NULL (a second output counts them), {@code filter (where p)}
 *     feeds NULL where p is not TRUE.</li>
 * </ul>
 * Refused by name: other functions over a window, {@code distinct} inside one, FILTER on a window function
 * (not an aggregate), offsets and counts that are not literals, and the frames {@link WindowFrame} refuses.
 * (Hibernate 7.4 accepts {@code ignore nulls} and {@code from last} in HQL but drops them from the SQL AST, on
 * every database.)
 */
final class WindowFunctions {

	private final TranslationContext context;
	private final Map<WindowKey, WindowStages> windows = new LinkedHashMap<>();

	/** What makes two windows one: their translated PARTITION BY and ORDER BY. */
	private record WindowKey(Map<String, Expression> partition, List<WindowStages.SortKey> order) {
	}

	WindowFunctions(TranslationContext context) {
		this.context = context;
	}

	/** The value of {@code over} for each row, its inputs translated by {@code expressions} (which may read groups). */
	Expression translate(Over<?> over, ExpressionTranslator expressions) {
		if ( !( SqlExpressions.unwrap( over.getExpression() ) instanceof SelfRenderingFunctionSqlAstExpression<?> function ) ) {
			throw context.refuse( "The window expression " + AbstractMongoTranslator.describe( over.getExpression() ) + " over (…)" );
		}
		String name = function.getFunctionName();
		refuseModifiers( function, name );
		WindowStages window = window( over, expressions );
		List<? extends SqlAstNode> arguments = function.getArguments();
		return switch ( name ) {
			case "row_number" -> window.rowNumber();
			case "rank" -> noArguments( name, arguments, window.rank() );
			case "dense_rank" -> noArguments( name, arguments, window.denseRank() );
			case "percent_rank" -> noArguments( name, arguments, cond( op( "$gt", window.partitionSize(), number( 1 ) ),
					op( "$divide", op( "$subtract", window.rank(), number( 1 ) ), op( "$subtract", window.partitionSize(), number( 1 ) ) ),
					number( 0.0 ) ) );
			case "cume_dist" -> noArguments( name, arguments, op( "$divide", window.lastPeer(), window.partitionSize() ) );
			case "ntile" -> ntile( window, expressions.translate( arguments.get( 0 ) ) );
			case "lag", "lead" -> shift( window, name, arguments, expressions );
			case "first_value", "last_value", "nth_value" -> value( over, window, name, arguments, expressions );
			case "count", "sum", "avg", "min", "max" -> {
				if ( !( function instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate ) ) {
					throw context.refuse( "The window function " + name + "() over (…)" );
				}
				yield aggregate( over, window, aggregate, expressions );
			}
			default -> throw context.refuse( "The window function " + name + "() over (…)" );
		};
	}

	/** The stages of all windows, in the order they were first used. */
	List<Stage> stages() {
		List<Stage> stages = new ArrayList<>();
		windows.values().forEach( window -> stages.addAll( window.stages() ) );
		return stages;
	}

	private void refuseModifiers(SelfRenderingFunctionSqlAstExpression<?> function, String name) {
		if ( function instanceof SelfRenderingWindowFunctionSqlAstExpression<?> windowFunction && windowFunction.getFilter() != null ) {
			throw context.refuse( "FILTER (WHERE …) on the window function " + name + "()" );
		}
	}

	private Expression noArguments(String name, List<? extends SqlAstNode> arguments, Expression value) {
		if ( !arguments.isEmpty() ) {
			throw context.refuse( "The hypothetical-set function " + name + "(…) with arguments over (…)" );
		}
		return value;
	}

	/** The window of {@code over}: the same PARTITION BY and ORDER BY share one. */
	private WindowStages window(Over<?> over, ExpressionTranslator expressions) {
		Map<String, Expression> partition = new LinkedHashMap<>();
		for ( var key : over.getPartitions() ) {
			partition.put( "p" + partition.size(), op( "$ifNull", expressions.translate( key ), nullValue() ) );
		}
		List<WindowStages.SortKey> order = new ArrayList<>();
		for ( SortSpecification specification : over.getOrderList() ) {
			Expression value = expressions.translate( specification.getSortExpression() );
			boolean natural = MongoSelectTranslator.isNaturalNullOrder( specification );
			order.add( new WindowStages.SortKey( value, specification.getSortOrder() == SortDirection.DESCENDING,
					natural ? null : cond( PredicateTranslator.nullTest( value, false ), number( 1 ), number( 0 ) ),
					specification.getNullPrecedence() == Nulls.LAST ) );
		}
		Expression partitionBy = partition.isEmpty() ? null : new Expression.Document( partition );
		return windows.computeIfAbsent( new WindowKey( partition, order ), key -> new WindowStages( "#w" + windows.size(), partitionBy, order ) );
	}

	/**
	 * {@code ntile(k)} of n rows: buckets of q = n div k rows, the first r = n mod k of them one row larger;
	 * row i (from 1) is in bucket (i-1) div (q+1) + 1 while i ≤ r·(q+1), else r + (i-1-r·(q+1)) div q + 1.
	 */
	private static Expression ntile(WindowStages window, Expression buckets) {
		Expression rows = window.partitionSize();
		Expression row = op( "$subtract", window.rowNumber(), number( 1 ) );
		Expression size = op( "$trunc", op( "$divide", rows, buckets ) );
		Expression larger = op( "$mod", rows, buckets );
		Expression inLarger = op( "$multiply", larger, op( "$add", size, number( 1 ) ) );
		return cond( op( "$lt", row, inLarger ),
				op( "$add", op( "$trunc", op( "$divide", row, op( "$add", size, number( 1 ) ) ) ), number( 1 ) ),
				op( "$add", larger, op( "$trunc", op( "$divide", op( "$subtract", row, inLarger ), op( "$max", size, number( 1 ) ) ) ),
						number( 1 ) ) );
	}

	private Expression shift(WindowStages window, String name, List<? extends SqlAstNode> arguments, ExpressionTranslator expressions) {
		Expression value = expressions.translate( arguments.get( 0 ) );
		long offset = arguments.size() > 1 ? integer( arguments.get( 1 ), name + "() offset" ) : 1;
		if ( offset < 0 ) {
			// SQL rejects it; $shift would read the other direction
			throw context.refuse( "A negative " + name + "() offset" );
		}
		BsonValue by = new BsonInt32( Math.toIntExact( name.equals( "lag" ) ? -offset : offset ) );
		if ( arguments.size() < 3 ) {
			return window.ordered( "$shift", shiftArguments( value, by ), null );
		}
		Field shifted = window.ordered( "$shift", shiftArguments( new Expression.Document( Map.of( "v", value ) ), by ), null );
		return cond( notNull( shifted ), new Field( shifted.path() + ".v" ), expressions.translate( arguments.get( 2 ) ) );
	}

	private static Expression shiftArguments(Expression output, BsonValue by) {
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "output", output );
		arguments.put( "by", new Expression.Option( by ) );
		return new Expression.Document( arguments );
	}

	private Expression value(Over<?> over, WindowStages window, String name, List<? extends SqlAstNode> arguments, ExpressionTranslator expressions) {
		Expression value = expressions.translate( arguments.get( 0 ) );
		WindowFrame frame = WindowFrame.of( over, window, context );
		if ( name.equals( "nth_value" ) ) {
			long n = integer( arguments.get( 1 ), "nth_value() position" );
			if ( n < 1 ) {
				throw context.refuse( "nth_value() at a position below 1" );
			}
			Map<String, Expression> firstN = new LinkedHashMap<>();
			firstN.put( "input", op( "$ifNull", value, nullValue() ) );
			firstN.put( "n", new Expression.Option( new BsonInt32( Math.toIntExact( n ) ) ) );
			Field values = frame.value( window, "$firstN", new Expression.Document( firstN ) );
			return op( "$arrayElemAt", values, new Expression.Constant( new io.hibermongo.dialect.internal.mql.Operand.Literal( new BsonInt32( (int) n - 1 ) ) ) );
		}
		return frame.value( window, name.equals( "first_value" ) ? "$first" : "$last", value );
	}

	private Expression aggregate(Over<?> over, WindowStages window, SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate,
			ExpressionTranslator expressions) {
		String name = aggregate.getFunctionName();
		SqlAstNode argument = aggregate.getArguments().isEmpty() ? null : aggregate.getArguments().get( 0 );
		if ( argument instanceof Distinct ) {
			throw context.refuse( name + "(distinct …) over (…)" );
		}
		Expression when = aggregate.getFilter() == null ? null : expressions.predicates().toExpression( aggregate.getFilter(), false );
		WindowFrame frame = WindowFrame.of( over, window, context );
		if ( name.equals( "count" ) && ( argument == null || argument instanceof Star ) ) {
			return frame.value( window, "$sum", when == null ? number( 1 ) : cond( when, number( 1 ), number( 0 ) ) );
		}
		Expression value = expressions.translate( argument );
		if ( when != null ) {
			value = cond( when, value, nullValue() );
		}
		Expression counted = cond( notNull( value ), number( 1 ), number( 0 ) );
		return switch ( name ) {
			case "count" -> frame.value( window, "$sum", counted );
			case "sum" -> {
				Field sum = frame.value( window, "$sum", value );
				yield cond( op( "$gt", frame.value( window, "$sum", counted ), number( 0 ) ), sum, nullValue() );
			}
			default -> frame.value( window, "$" + name, value );
		};
	}

	/** A literal integer argument: the window operators take it as part of the command, not as a value. */
	private long integer(SqlAstNode argument, String what) {
		BsonValue value = argument instanceof org.hibernate.sql.ast.tree.expression.Expression expression
				? WindowFrame.literal( expression, context ) : null;
		if ( value == null || !value.isInt32() && !value.isInt64() ) {
			throw context.refuse( "A " + what + " that is not an integer literal" );
		}
		return value.asNumber().longValue();
	}
}
