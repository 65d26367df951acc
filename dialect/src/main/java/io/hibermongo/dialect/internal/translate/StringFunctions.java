package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.TrimSpecification;

import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.element;
import static io.hibermongo.dialect.internal.translate.Mql.nullSafe;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;
import static io.hibermongo.dialect.internal.translate.Mql.reduce;
import static io.hibermongo.dialect.internal.translate.Mql.string;
import static io.hibermongo.dialect.internal.translate.Mql.value;

/**
 * HQL's string functions, each NULL for a NULL argument as in SQL (MongoDB's {@code $toLower} of null is
 * {@code ""}), positions 1-based and counted in code points. Only operators the embedded server also
 * knows are used: {@code replace} splits and joins ({@code $split}, {@code $reduce}) rather than using
 * {@code $replaceAll}, and padding and {@code repeat} concatenate over a {@code $range}.
 */
final class StringFunctions {

	private final ExpressionTranslator expressions;
	private final TranslationContext context;

	StringFunctions(ExpressionTranslator expressions, TranslationContext context) {
		this.expressions = expressions;
		this.context = context;
	}

	Expression translate(String name, List<? extends SqlAstNode> arguments) {
		if ( name.equals( "trim" ) ) {
			return trim( arguments );
		}
		List<Expression> v = expressions.translateAll( arguments );
		return switch ( name ) {
			case "lower" -> nullSafe( v, a -> op( "$toLower", a.get( 0 ) ) );
			case "upper" -> nullSafe( v, a -> op( "$toUpper", a.get( 0 ) ) );
			case "length", "character_length", "char_length" -> nullSafe( v, a -> op( "$strLenCP", a.get( 0 ) ) );
			case "concat" -> new Expression.Operator( "$concat", texts( arguments, v ) );
			case "substring" -> nullSafe( v, a -> op( "$substrCP", a.get( 0 ), op( "$subtract", a.get( 1 ), number( 1 ) ),
					a.size() > 2 ? a.get( 2 ) : op( "$strLenCP", a.get( 0 ) ) ) );
			case "locate" -> nullSafe( v, StringFunctions::locate );
			case "replace" -> nullSafe( v, a -> replace( a.get( 0 ), a.get( 1 ), a.get( 2 ) ) );
			case "left" -> nullSafe( v, a -> op( "$substrCP", a.get( 0 ), number( 0 ), atLeastZero( a.get( 1 ) ) ) );
			case "right" -> nullSafe( v, a -> right( a.get( 0 ), atLeastZero( a.get( 1 ) ) ) );
			case "lpad" -> nullSafe( v, a -> pad( a, true ) );
			case "rpad" -> nullSafe( v, a -> pad( a, false ) );
			case "repeat" -> nullSafe( v, a -> repeat( a.get( 0 ), a.get( 1 ) ) );
			default -> throw new AssertionError( "Not a string function: " + name );
		};
	}

	/** The arguments of {@code concat} as strings: a number, boolean or date is converted as SQL would. */
	private List<Expression> texts(List<? extends SqlAstNode> arguments, List<Expression> values) {
		List<Expression> texts = new ArrayList<>( values.size() );
		for ( int i = 0; i < values.size(); i++ ) {
			var type = CastFunctions.jdbcType( arguments.get( i ) );
			Expression text = type == null ? values.get( i ) : CastFunctions.toText( values.get( i ), type );
			if ( text == null ) {
				throw context.refuse( "concat() of a " + type.getFriendlyName() + " value" );
			}
			texts.add( text );
		}
		return texts;
	}

	/** {@code locate(pattern, string[, start])}: 1-based position, 0 when absent. */
	private static Expression locate(List<Expression> v) {
		List<Expression> indexOf = new ArrayList<>( List.of( v.get( 1 ), v.get( 0 ) ) );
		if ( v.size() > 2 ) {
			indexOf.add( op( "$subtract", v.get( 2 ), number( 1 ) ) );
		}
		return op( "$add", new Expression.Operator( "$indexOfCP", indexOf ), number( 1 ) );
	}

	/**
	 * {@code replace(s, from, to)}: the pieces of {@code s} split at {@code from}, joined with {@code to};
	 * {@code s} itself when {@code from} is empty, as in SQL.
	 */
	private static Expression replace(Expression s, Expression from, Expression to) {
		Expression join = cond( op( "$eq", value(), Mql.nullValue() ), element(), op( "$concat", value(), to, element() ) );
		return cond( op( "$eq", from, string( "" ) ), s, reduce( op( "$split", s, from ), Mql.nullValue(), join ) );
	}

	/** A negative length counts as 0, as in SQL's {@code left}, {@code right} and padding. */
	private static Expression atLeastZero(Expression length) {
		return op( "$max", length, number( 0 ) );
	}

	/** The last {@code n} code points. */
	private static Expression right(Expression s, Expression n) {
		Expression start = op( "$max", op( "$subtract", op( "$strLenCP", s ), n ), number( 0 ) );
		return op( "$substrCP", s, start, n );
	}

	/**
	 * {@code lpad}/{@code rpad(s, n[, c])}: {@code s} cut to {@code n} code points when longer, else padded
	 * with {@code c} (a blank by default) on the left or right to length {@code n}.
	 */
	private static Expression pad(List<Expression> v, boolean left) {
		Expression s = v.get( 0 );
		Expression n = atLeastZero( v.get( 1 ) );
		Expression c = v.size() > 2 ? v.get( 2 ) : string( " " );
		Expression missing = op( "$subtract", n, op( "$strLenCP", s ) );
		Expression padding = repeat( c, missing );
		return cond( op( "$lte", missing, number( 0 ) ), op( "$substrCP", s, number( 0 ), n ),
				left ? op( "$concat", padding, s ) : op( "$concat", s, padding ) );
	}

	/** {@code s} repeated {@code n} times; the empty string for {@code n <= 0}. */
	private static Expression repeat(Expression s, Expression n) {
		return reduce( op( "$range", number( 0 ), n ), string( "" ), op( "$concat", value(), s ) );
	}

	/** {@code trim([both|leading|trailing] [c] from s)}: {@code $trim}, {@code $ltrim}, {@code $rtrim}. */
	private Expression trim(List<? extends SqlAstNode> arguments) {
		TrimSpecification specification = (TrimSpecification) arguments.get( 0 );
		String operator = switch ( specification.getSpecification() ) {
			case LEADING -> "$ltrim";
			case TRAILING -> "$rtrim";
			case BOTH -> "$trim";
		};
		List<Expression> values = expressions.translateAll( arguments.subList( 1, arguments.size() ) );
		return nullSafe( values, v -> {
			Map<String, Expression> named = new LinkedHashMap<>();
			named.put( "input", v.get( v.size() - 1 ) );
			named.put( "chars", v.size() > 1 ? v.get( 0 ) : string( " " ) );
			return new Expression.NamedOperator( operator, named );
		} );
	}
}
