package io.hibermongo.dialect.internal.translate;

import java.util.List;

import io.hibermongo.dialect.internal.mql.Expression;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ExtractUnit;

/**
 * Translates HQL's standard functions by name, dispatching to one class per family:
 * {@link StringFunctions}, {@link NumericFunctions}, {@link TemporalFunctions}, {@link CastFunctions} and
 * {@link ArrayFunctions}. Functions not listed here are refused by name.
 */
final class FunctionTranslator {

	private final TranslationContext context;
	private final ArrayFunctions arrays;
	private final StringFunctions strings;
	private final NumericFunctions numbers;
	private final TemporalFunctions temporals;
	private final CastFunctions casts;

	FunctionTranslator(ExpressionTranslator expressions, TranslationContext context) {
		this.context = context;
		this.arrays = new ArrayFunctions( expressions, context );
		this.strings = new StringFunctions( expressions, context );
		this.numbers = new NumericFunctions( expressions );
		this.temporals = new TemporalFunctions( expressions, context );
		this.casts = new CastFunctions( expressions, context );
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
			case "lower", "upper", "length", "character_length", "char_length", "concat", "substring", "locate", "trim",
					"replace", "left", "right", "lpad", "rpad", "repeat" -> strings.translate( name, arguments );
			case "abs", "mod", "sqrt", "floor", "ceiling", "power", "exp", "ln", "log", "log10", "sign", "round",
					"sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "degrees", "radians", "pi",
					"least", "greatest" -> numbers.translate( function );
			case "trunc" -> arguments.size() == 2 && arguments.get( 1 ) instanceof ExtractUnit
					? temporals.translate( function ) : numbers.translate( function );
			case "current_date", "current_time", "current_timestamp", "local_date", "local_time", "local_datetime",
					"instant", "offset_datetime", "extract", "timestampadd", "timestampdiff", "format" -> temporals.translate( function );
			case "coalesce", "nullif", "cast" -> casts.translate( name, arguments );
			case "collate" -> throw context.refuse( "collate() (MongoDB applies a collation to a whole command or index, "
					+ "not to one expression)" );
			default -> throw context.refuse( "The function " + name + "()" );
		};
	}
}
