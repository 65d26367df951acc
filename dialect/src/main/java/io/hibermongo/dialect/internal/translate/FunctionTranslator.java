package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.CastTarget;
import org.hibernate.sql.ast.tree.expression.TrimSpecification;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Translates HQL's standard functions by name. String functions are guarded so that a NULL argument
 * gives NULL, as in SQL (MongoDB's {@code $toLower} of null is {@code ""}). Array functions are
 * {@link ArrayFunctions}'. Functions not listed here are refused by name.
 */
final class FunctionTranslator {

	private final ExpressionTranslator expressions;
	private final TranslationContext context;
	private final ArrayFunctions arrays;

	FunctionTranslator(ExpressionTranslator expressions, TranslationContext context) {
		this.expressions = expressions;
		this.context = context;
		this.arrays = new ArrayFunctions( expressions, context );
	}

	Expression translate(SelfRenderingFunctionSqlAstExpression<?> function) {
		String name = function.getFunctionName();
		if ( function instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> ) {
			throw context.refuse( "The aggregate function " + name + "() in this position" );
		}
		List<? extends SqlAstNode> arguments = function.getArguments();
		arguments.forEach( argument -> context.refuseReference( argument, "The function " + name + "() on" ) );
		if ( ArrayFunctions.translates( name ) ) {
			return arrays.translate( name, arguments );
		}
		return switch ( name ) {
			case "lower" -> nullSafe( "$toLower", arguments );
			case "upper" -> nullSafe( "$toUpper", arguments );
			case "length", "character_length", "char_length" -> nullSafe( "$strLenCP", arguments );
			case "concat" -> new Operator( "$concat", translateAll( arguments ) );
			case "substring" -> substring( arguments );
			case "locate" -> locate( arguments );
			case "trim" -> trim( arguments );
			case "abs" -> new Operator( "$abs", translateAll( arguments ) );
			case "mod" -> new Operator( "$mod", translateAll( arguments ) );
			case "sqrt" -> new Operator( "$sqrt", translateAll( arguments ) );
			case "floor" -> new Operator( "$floor", translateAll( arguments ) );
			case "ceiling" -> new Operator( "$ceil", translateAll( arguments ) );
			case "power" -> new Operator( "$pow", translateAll( arguments ) );
			case "exp" -> new Operator( "$exp", translateAll( arguments ) );
			case "ln" -> new Operator( "$ln", translateAll( arguments ) );
			case "coalesce" -> coalesce( arguments );
			case "nullif" -> nullif( arguments );
			case "cast" -> cast( arguments );
			default -> throw context.refuse( "The function " + name + "()" );
		};
	}

	private List<Expression> translateAll(List<? extends SqlAstNode> arguments) {
		List<Expression> translated = new ArrayList<>( arguments.size() );
		for ( SqlAstNode argument : arguments ) {
			translated.add( expressions.translate( argument ) );
		}
		return translated;
	}

	/** <code>{$cond: [all arguments not null, {op: arguments}, null]}</code>. */
	private Expression nullSafe(String operator, List<? extends SqlAstNode> arguments) {
		return nullSafe( translateAll( arguments ), values -> new Operator( operator, values ) );
	}

	private static Expression nullSafe(List<Expression> values, java.util.function.Function<List<Expression>, Expression> body) {
		List<Expression> tests = new ArrayList<>();
		for ( Expression value : values ) {
			tests.add( PredicateTranslator.nullTest( value, true ) );
		}
		Expression test = tests.size() == 1 ? tests.get( 0 ) : new Operator( "$and", tests );
		return new Operator( "$cond", test, body.apply( values ), ExpressionTranslator.nullConstant() );
	}

	/** {@code substring(s, start[, length])}, 1-based, in code points: {@code $substrCP} is 0-based. */
	private Expression substring(List<? extends SqlAstNode> arguments) {
		List<Expression> values = translateAll( arguments );
		return nullSafe( values, v -> {
			Expression start = new Operator( "$subtract", v.get( 1 ), ExpressionTranslator.constant( 1 ) );
			Expression length = v.size() > 2 ? v.get( 2 ) : new Operator( "$strLenCP", v.get( 0 ) );
			return new Operator( "$substrCP", v.get( 0 ), start, length );
		} );
	}

	/** {@code locate(pattern, string[, start])}: 1-based position, 0 when absent. */
	private Expression locate(List<? extends SqlAstNode> arguments) {
		List<Expression> values = translateAll( arguments );
		return nullSafe( values, v -> {
			List<Expression> indexOf = new ArrayList<>( List.of( v.get( 1 ), v.get( 0 ) ) );
			if ( v.size() > 2 ) {
				indexOf.add( new Operator( "$subtract", v.get( 2 ), ExpressionTranslator.constant( 1 ) ) );
			}
			return new Operator( "$add", new Operator( "$indexOfCP", indexOf ), ExpressionTranslator.constant( 1 ) );
		} );
	}

	/** {@code trim([both|leading|trailing] [c] from s)}: {@code $trim}, {@code $ltrim}, {@code $rtrim}. */
	private Expression trim(List<? extends SqlAstNode> arguments) {
		TrimSpecification specification = (TrimSpecification) arguments.get( 0 );
		String operator = switch ( specification.getSpecification() ) {
			case LEADING -> "$ltrim";
			case TRAILING -> "$rtrim";
			case BOTH -> "$trim";
		};
		List<Expression> values = translateAll( arguments.subList( 1, arguments.size() ) );
		return nullSafe( values, v -> {
			java.util.Map<String, Expression> named = new java.util.LinkedHashMap<>();
			named.put( "input", v.get( v.size() - 1 ) );
			named.put( "chars", v.size() > 1 ? v.get( 0 ) : new Expression.Constant( new io.hibermongo.dialect.internal.mql.Operand.Literal( new org.bson.BsonString( " " ) ) ) );
			return new Expression.NamedOperator( operator, named );
		} );
	}

	/** {@code coalesce(a, b, c)} as nested two-argument {@code $ifNull}, which every server accepts. */
	private Expression coalesce(List<? extends SqlAstNode> arguments) {
		List<Expression> values = translateAll( arguments );
		Expression result = values.get( values.size() - 1 );
		for ( int i = values.size() - 2; i >= 0; i-- ) {
			result = new Operator( "$ifNull", values.get( i ), result );
		}
		return result;
	}

	private Expression nullif(List<? extends SqlAstNode> arguments) {
		List<Expression> values = translateAll( arguments );
		return new Operator( "$cond", new Operator( "$eq", values.get( 0 ), values.get( 1 ) ),
				ExpressionTranslator.nullConstant(), values.get( 0 ) );
	}

	private Expression cast(List<? extends SqlAstNode> arguments) {
		Expression value = expressions.translate( arguments.get( 0 ) );
		JdbcType target = ( (CastTarget) arguments.get( 1 ) ).getJdbcMapping().getJdbcType();
		String operator;
		if ( target.isString() ) {
			operator = "$toString";
		}
		else if ( target.isInteger() ) {
			operator = target.getDdlTypeCode() == java.sql.Types.BIGINT ? "$toLong" : "$toInt";
		}
		else if ( target.isFloat() ) {
			operator = "$toDouble";
		}
		else if ( target.isDecimal() ) {
			operator = "$toDecimal";
		}
		else {
			throw context.refuse( "cast(… as " + target.getFriendlyName() + ")" );
		}
		return new Operator( "$cond", PredicateTranslator.nullTest( value, true ), new Operator( operator, value ),
				ExpressionTranslator.nullConstant() );
	}
}
