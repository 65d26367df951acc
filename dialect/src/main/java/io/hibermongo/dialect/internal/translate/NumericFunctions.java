package io.hibermongo.dialect.internal.translate;

import java.util.List;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Operand;
import org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression;

import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.nullSafe;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;

/**
 * HQL's numeric functions. MongoDB's arithmetic operators already give null for a null or missing
 * operand; where a translation compares or picks ({@code sign}, {@code least}) it tests for NULL first.
 * <ul>
 * <li>{@code round(x[, n])} rounds half away from zero as SQL does (MongoDB's {@code $round} rounds half
 *     to even): <code>{$cond: [{$lt: [x, 0]}, -floor(-x + 0.5), floor(x + 0.5)]}</code> on {@code x·10ⁿ},
 *     then divided by {@code 10ⁿ}; {@code trunc(x[, n])} likewise with {@code $trunc}. Exact on
 *     {@code BigDecimal} (Decimal128) values; on doubles the product is binary, so a double whose decimal
 *     rendering ends in 5 but whose binary value lies below it ({@code 1.005}) rounds down, where H2 rounds
 *     the decimal rendering up.</li>
 * <li>{@code degrees}, {@code radians}: multiplication by Java's own factors; {@code pi}: the constant.</li>
 * <li>{@code sin}, {@code cos}, {@code tan}, {@code asin}, {@code acos}, {@code atan}, {@code atan2},
 *     {@code sinh}, {@code cosh}, {@code tanh}: MongoDB's operators of the same name (not on the
 *     embedded server).</li>
 * <li>{@code least}, {@code greatest}: {@code $min}/{@code $max}, NULL when any argument is NULL (as on H2;
 *     MongoDB's operators skip nulls).</li>
 * </ul>
 */
final class NumericFunctions {

	private final ExpressionTranslator expressions;

	NumericFunctions(ExpressionTranslator expressions) {
		this.expressions = expressions;
	}

	Expression translate(SelfRenderingFunctionSqlAstExpression<?> function) {
		String name = function.getFunctionName();
		List<Expression> v = expressions.translateAll( function.getArguments() );
		return switch ( name ) {
			case "abs" -> op( "$abs", v.get( 0 ) );
			case "mod" -> op( "$mod", v.get( 0 ), v.get( 1 ) );
			case "sqrt" -> op( "$sqrt", v.get( 0 ) );
			case "floor" -> op( "$floor", v.get( 0 ) );
			case "ceiling" -> op( "$ceil", v.get( 0 ) );
			case "power" -> op( "$pow", v.get( 0 ), v.get( 1 ) );
			case "exp" -> op( "$exp", v.get( 0 ) );
			case "ln" -> op( "$ln", v.get( 0 ) );
			case "log10" -> op( "$log10", v.get( 0 ) );
			// log(base, x) = ln(x) / ln(base): the embedded server's $log takes one argument
			case "log" -> op( "$divide", op( "$ln", v.get( 1 ) ), op( "$ln", v.get( 0 ) ) );
			case "sign" -> nullSafe( v.get( 0 ), x -> cond( op( "$gt", x, number( 0 ) ), number( 1 ),
					cond( op( "$lt", x, number( 0 ) ), number( -1 ), number( 0 ) ) ) );
			case "round" -> scaled( function, v, NumericFunctions::roundHalfAwayFromZero );
			case "trunc" -> scaled( function, v, x -> op( "$trunc", x ) );
			case "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh" -> op( "$" + name, v.get( 0 ) );
			case "atan2" -> op( "$atan2", v.get( 0 ), v.get( 1 ) );
			case "degrees" -> op( "$multiply", v.get( 0 ), Mql.number( 180 / Math.PI ) );
			case "radians" -> op( "$multiply", v.get( 0 ), Mql.number( Math.PI / 180 ) );
			case "pi" -> Mql.number( Math.PI );
			case "least" -> nullSafe( v, a -> new Expression.Operator( "$min", a ) );
			case "greatest" -> nullSafe( v, a -> new Expression.Operator( "$max", a ) );
			default -> throw new AssertionError( "Not a numeric function: " + name );
		};
	}

	/**
	 * Half away from zero: <code>{$cond: [{$lt: [x, 0]}, 0 - floor(0.5 - x), floor(x + 0.5)]}</code>
	 * (subtracting from 0 rather than negating, so no -0 appears).
	 */
	static Expression roundHalfAwayFromZero(Expression x) {
		Expression half = Mql.number( 0.5 );
		return cond( op( "$lt", x, number( 0 ) ),
				op( "$subtract", number( 0 ), op( "$floor", op( "$subtract", half, x ) ) ),
				op( "$floor", op( "$add", x, half ) ) );
	}

	/** Half up, as SQL converts a double to an integer: <code>floor(x + 0.5)</code>. */
	static Expression roundHalfUp(Expression x) {
		return op( "$floor", op( "$add", x, Mql.number( 0.5 ) ) );
	}

	/**
	 * {@code f(x)} or, with digits {@code n}, {@code f(x·10ⁿ)/10ⁿ} for {@code n ≥ 0} and
	 * {@code f(x/10⁻ⁿ)·10⁻ⁿ} for {@code n < 0} (dividing by an exact power of ten keeps {@code 1.3} exact
	 * where multiplying by {@code 0.1} would not). An integral argument stays integral.
	 */
	private static Expression scaled(SelfRenderingFunctionSqlAstExpression<?> function, List<Expression> v,
			java.util.function.Function<Expression, Expression> f) {
		Expression x = v.get( 0 );
		boolean integral = ExpressionTranslator.isIntegral( function.getExpressionType() );
		if ( v.size() == 1 ) {
			return integral ? x : f.apply( x );
		}
		Expression digits = v.get( 1 );
		Expression result;
		if ( digits instanceof Expression.Constant constant && constant.operand() instanceof Operand.Literal literal
				&& literal.literal().isNumber() && Math.abs( literal.literal().asNumber().longValue() ) <= 18 ) {
			long n = literal.literal().asNumber().longValue();
			Expression scale = Mql.number( (long) Math.pow( 10, Math.abs( n ) ) );
			result = n >= 0 ? op( "$divide", f.apply( op( "$multiply", x, scale ) ), scale )
					: op( "$multiply", f.apply( op( "$divide", x, scale ) ), scale );
		}
		else {
			Expression scale = op( "$pow", Mql.number( 10.0 ), op( "$abs", digits ) );
			result = cond( op( "$gte", digits, number( 0 ) ),
					op( "$divide", f.apply( op( "$multiply", x, scale ) ), scale ),
					op( "$multiply", f.apply( op( "$divide", x, scale ) ), scale ) );
		}
		return integral ? CastFunctions.toIntegral( function.getExpressionType(), result ) : result;
	}
}
