package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.ArrayOf;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Iteration;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Expression.Variable;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonArray;
import org.bson.BsonString;
import org.hibernate.metamodel.mapping.JdbcMappingContainer;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.from.FunctionTableGroup;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.type.BasicPluralType;

/**
 * Hibernate's array functions on basic arrays, each as the MQL array operator that matches its SQL meaning
 * on H2, NULL semantics included (a NULL array gives NULL unless noted):
 * <ul>
 * <li>{@code array_length(a)}: <code>{$size: a}</code>;</li>
 * <li>{@code array_contains[_nullable](a, e)}: <code>{$in: [e, a]}</code> (a NULL {@code e} finds a NULL
 * element); with an array {@code e}, Hibernate's deprecated form of {@code array_includes};</li>
 * <li>{@code array_includes[_nullable](a, b)}: <code>{$setIsSubset: [b, a]}</code>, and
 * {@code array_intersects[_nullable](a, b)}: <code>{$size: {$setIntersection: [a, b]}} &gt; 0</code>: FALSE
 * (not NULL) for a NULL array, and without {@code _nullable} FALSE when {@code b} holds a NULL;</li>
 * <li>{@code array_position(a, e)}: <code>{$indexOfArray: [a, e]} + 1</code> (0 when absent);
 * {@code array_positions(a, e)}: the 1-based positions, by {@code $filter} over {@code $range};</li>
 * <li>{@code array_get(a, i)} and {@code a[i]}: <code>{$arrayElemAt: [a, i - 1]}</code>, NULL outside
 * {@code 1..length};</li>
 * <li>{@code array_slice(a, s, e)}: <code>{$slice: [a, s - 1, e - s + 1]}</code> for {@code 1 <= s <= e <=
 * length}, otherwise {@code []};</li>
 * <li>{@code array(x, …)} and {@code array_list(x, …)}: <code>[x, …]</code>;</li>
 * <li>{@code array_concat(a, b)}: <code>{$concatArrays: [a, b]}</code>; {@code array_append(a, e)} and
 * {@code array_prepend(e, a)}: <code>{$concatArrays: [a, [e]]}</code>;</li>
 * <li>{@code array_to_string(a, separator[, default])}: <code>{$reduce: …}</code> joining the elements that
 * are not NULL (or NULL elements as {@code default}); {@code ''} for an empty array.</li>
 * </ul>
 * The other array functions ({@code array_set}, {@code array_remove}, {@code array_remove_index},
 * {@code array_replace}, {@code array_trim}, {@code array_reverse}, {@code array_sort}, {@code array_fill})
 * are refused by name.
 */
final class ArrayFunctions {

	private static final Set<String> NAMES = Set.of(
			"array_length", "array_contains", "array_contains_nullable", "array_includes", "array_includes_nullable",
			"array_intersects", "array_intersects_nullable", "array_position", "array_positions", "array_get",
			"array_slice", "array", "array_list", "array_concat", "array_append", "array_prepend", "array_to_string" );

	private static final String INDEX = "i";

	private final ExpressionTranslator expressions;
	private final TranslationContext context;

	ArrayFunctions(ExpressionTranslator expressions, TranslationContext context) {
		this.expressions = expressions;
		this.context = context;
	}

	/**
	 * What a refused join to something other than a table names: the set-returning function
	 * (<code>unnest()</code> in the from clause, which is refused), or a derived table.
	 */
	static String derivedTableName(TableGroup joined) {
		return joined instanceof FunctionTableGroup function
				? "the set-returning function " + function.getPrimaryTableReference().getFunctionExpression().getFunctionName() + "()"
				: "a derived table or function";
	}

	/** Whether {@code name} is an array function translated here. */
	static boolean translates(String name) {
		return NAMES.contains( name );
	}

	Expression translate(String name, List<? extends SqlAstNode> arguments) {
		List<Expression> values = expressions.translateAll( arguments );
		return switch ( name ) {
			case "array_length" -> whenNotNull( values.get( 0 ), ArrayPredicates.size( values.get( 0 ) ) );
			case "array_contains", "array_contains_nullable" -> isArray( arguments.get( 1 ) )
					? includes( values.get( 0 ), values.get( 1 ), name.endsWith( "_nullable" ) )
					: whenNotNull( values.get( 0 ), new Operator( "$in", orNull( values.get( 1 ) ), ArrayPredicates.orEmpty( values.get( 0 ) ) ) );
			case "array_includes", "array_includes_nullable" -> includes( values.get( 0 ), values.get( 1 ), name.endsWith( "_nullable" ) );
			case "array_intersects", "array_intersects_nullable" -> intersects( values.get( 0 ), values.get( 1 ), name.endsWith( "_nullable" ) );
			case "array_position" -> position( values );
			case "array_positions" -> positions( values.get( 0 ), values.get( 1 ) );
			case "array_get" -> get( values.get( 0 ), values.get( 1 ) );
			case "array_slice" -> slice( values.get( 0 ), values.get( 1 ), values.get( 2 ) );
			case "array", "array_list" -> new ArrayOf( values );
			case "array_concat" -> new Operator( "$concatArrays", values );
			case "array_append" -> new Operator( "$concatArrays", values.get( 0 ), new ArrayOf( List.of( values.get( 1 ) ) ) );
			case "array_prepend" -> new Operator( "$concatArrays", new ArrayOf( List.of( values.get( 0 ) ) ), values.get( 1 ) );
			case "array_to_string" -> join( arguments.get( 0 ), values );
			default -> throw new AssertionError( "Not an array function translated here: " + name );
		};
	}

	private static boolean isArray(SqlAstNode argument) {
		return argument instanceof org.hibernate.sql.ast.tree.expression.Expression expression && ArrayPredicates.isArray( expression );
	}

	private static Expression whenNotNull(Expression array, Expression result) {
		return new Operator( "$cond", PredicateTranslator.nullTest( array, true ), result, ExpressionTranslator.nullConstant() );
	}

	/** A value that may be missing (an absent field) as NULL, so that it compares as SQL's NULL does. */
	private static Expression orNull(Expression value) {
		return new Operator( "$ifNull", value, ExpressionTranslator.nullConstant() );
	}

	private static Expression includes(Expression array, Expression others, boolean nullable) {
		return bothNotNull( array, others, nullable,
				new Operator( "$setIsSubset", ArrayPredicates.orEmpty( others ), ArrayPredicates.orEmpty( array ) ) );
	}

	private static Expression intersects(Expression array, Expression others, boolean nullable) {
		Expression common = new Operator( "$setIntersection", ArrayPredicates.orEmpty( array ), ArrayPredicates.orEmpty( others ) );
		return bothNotNull( array, others, nullable, new Operator( "$gt", new Operator( "$size", common ), ExpressionTranslator.constant( 0 ) ) );
	}

	/** TRUE when both arrays are not NULL, (unless nullable) {@code others} holds no NULL, and {@code test} holds. */
	private static Expression bothNotNull(Expression array, Expression others, boolean nullable, Expression test) {
		List<Expression> parts = new ArrayList<>( List.of( PredicateTranslator.nullTest( array, true ), PredicateTranslator.nullTest( others, true ) ) );
		if ( !nullable ) {
			parts.add( new Operator( "$not", new Operator( "$in", ExpressionTranslator.nullConstant(), ArrayPredicates.orEmpty( others ) ) ) );
		}
		parts.add( test );
		return new Operator( "$and", parts );
	}

	private Expression position(List<Expression> values) {
		if ( values.size() > 2 ) {
			throw context.refuse( "array_position() with a start position" );
		}
		Expression index = new Operator( "$indexOfArray", ArrayPredicates.orEmpty( values.get( 0 ) ), orNull( values.get( 1 ) ) );
		return whenNotNull( values.get( 0 ), new Operator( "$add", index, ExpressionTranslator.constant( 1 ) ) );
	}

	private static Expression positions(Expression array, Expression element) {
		Expression indexes = new Operator( "$range", ExpressionTranslator.constant( 0 ), ArrayPredicates.size( array ) );
		Expression matches = new Operator( "$eq", new Operator( "$arrayElemAt", array, new Variable( INDEX ) ), orNull( element ) );
		Expression found = new Iteration( "$filter", indexes, INDEX, "cond", matches );
		return whenNotNull( array, new Iteration( "$map", found, INDEX, "in",
				new Operator( "$add", new Variable( INDEX ), ExpressionTranslator.constant( 1 ) ) ) );
	}

	private static Expression get(Expression array, Expression index) {
		Expression inRange = new Operator( "$and", List.of(
				PredicateTranslator.nullTest( array, true ),
				PredicateTranslator.nullTest( index, true ),
				new Operator( "$gte", index, ExpressionTranslator.constant( 1 ) ),
				new Operator( "$lte", index, ArrayPredicates.size( array ) ) ) );
		Expression element = new Operator( "$arrayElemAt", ArrayPredicates.orEmpty( array ),
				new Operator( "$subtract", index, ExpressionTranslator.constant( 1 ) ) );
		return new Operator( "$cond", inRange, element, ExpressionTranslator.nullConstant() );
	}

	private static Expression slice(Expression array, Expression start, Expression end) {
		Expression anyNull = new Operator( "$or", List.of(
				PredicateTranslator.nullTest( array, false ),
				PredicateTranslator.nullTest( start, false ),
				PredicateTranslator.nullTest( end, false ) ) );
		Expression inRange = new Operator( "$and", List.of(
				new Operator( "$gte", start, ExpressionTranslator.constant( 1 ) ),
				new Operator( "$lte", end, ArrayPredicates.size( array ) ),
				new Operator( "$lte", start, end ) ) );
		Expression count = new Operator( "$add", new Operator( "$subtract", end, start ), ExpressionTranslator.constant( 1 ) );
		Expression slice = new Operator( "$slice", ArrayPredicates.orEmpty( array ),
				new Operator( "$subtract", start, ExpressionTranslator.constant( 1 ) ), count );
		Expression empty = new Constant( new Operand.Literal( new BsonArray() ) );
		return new Operator( "$cond", anyNull, ExpressionTranslator.nullConstant(), new Operator( "$cond", inRange, slice, empty ) );
	}

	/**
	 * {@code array_to_string}: <code>{$reduce: {input: a, initialValue: null, in: …}}</code> appending each
	 * element that is not NULL (a NULL one as the default, if given) after the separator, starting from NULL
	 * so that an empty first element is kept; elements of other than string type are converted with
	 * {@code $toString}.
	 */
	private Expression join(SqlAstNode arrayArgument, List<Expression> values) {
		Expression array = values.get( 0 );
		Expression separator = values.get( 1 );
		Expression accumulated = new Variable( "value" );
		Expression element = values.size() > 2
				? new Operator( "$ifNull", new Variable( "this" ), values.get( 2 ) )
				: new Variable( "this" );
		Expression text = hasStringElements( arrayArgument ) ? element : new Operator( "$toString", element );
		Expression appended = new Operator( "$cond", new Operator( "$eq", accumulated, ExpressionTranslator.nullConstant() ),
				text, new Operator( "$concat", accumulated, separator, text ) );
		Expression step = new Operator( "$cond", PredicateTranslator.nullTest( element, false ), accumulated, appended );
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "input", ArrayPredicates.orEmpty( array ) );
		arguments.put( "initialValue", ExpressionTranslator.nullConstant() );
		arguments.put( "in", step );
		Expression joined = new Expression.NamedOperator( "$reduce", arguments );
		return whenNotNull( array, new Operator( "$ifNull", joined, new Constant( new Operand.Literal( new BsonString( "" ) ) ) ) );
	}

	private static boolean hasStringElements(SqlAstNode arrayArgument) {
		if ( !( arrayArgument instanceof org.hibernate.sql.ast.tree.expression.Expression expression ) ) {
			return false;
		}
		JdbcMappingContainer type = expression.getExpressionType();
		return type != null && type.getJdbcTypeCount() == 1
				&& type.getSingleJdbcMapping() instanceof BasicPluralType<?, ?> plural
				&& plural.getElementType().getJdbcType().isString();
	}
}
