package io.hibermongo.dialect.internal.translate;

import java.util.List;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Iteration;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Expression.Variable;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.type.MongoTypes;
import org.bson.BsonArray;
import org.hibernate.metamodel.mapping.JdbcMappingContainer;

/**
 * Comparisons of whole basic arrays (ARRAY columns, array parameters and array-valued functions) with
 * SQL's semantics, which compare element by element under three-valued logic:
 * <ul>
 * <li>{@code a = b} is TRUE when both are not NULL, equal, and hold no NULL element:
 * <code>{$and: [a not null, b not null, {$eq: [a, b]}, {$not: {$in: [null, {$ifNull: [a, []]}]}}]}</code>;</li>
 * <li>{@code a <> b} is TRUE when both are not NULL and their lengths differ or some position holds two
 * non-NULL, different elements: <code>{$and: [a not null, b not null, {$or: [{$ne: [{$size: a}, {$size:
 * b}]}, {$anyElementTrue: [{$map: {input: {$range: [0, {$size: a}]}, as: "i", in: …}}]}]}]}</code>, each
 * {@code $size} of {@code {$ifNull: [x, []]}} since it fails on a missing value;</li>
 * <li>ordering comparisons ({@code <}, {@code >}…) of arrays are refused.</li>
 * </ul>
 */
final class ArrayPredicates {

	private static final String INDEX = "i";

	private ArrayPredicates() {
	}

	/** Whether an expression of Hibernate's SQL AST is array-valued (one of Hibernate's basic arrays). */
	static boolean isArray(org.hibernate.sql.ast.tree.expression.Expression expression) {
		JdbcMappingContainer type = expression.getExpressionType();
		return type != null && type.getJdbcTypeCount() == 1
				&& MongoTypes.isArray( type.getSingleJdbcMapping().getJdbcType() );
	}

	/** The aggregation boolean TRUE exactly when SQL's {@code left operator right} is, on two arrays. */
	static Expression comparison(Expression left, Filter.Operator operator, Expression right, TranslationContext context) {
		Expression body = switch ( operator ) {
			case EQ -> new Operator( "$and", new Operator( "$eq", left, right ),
					new Operator( "$not", new Operator( "$in", ExpressionTranslator.nullConstant(), orEmpty( left ) ) ) );
			case NE -> new Operator( "$or",
					new Operator( "$ne", size( left ), size( right ) ),
					new Operator( "$anyElementTrue", differingPositions( left, right ) ) );
			default -> throw context.refuse( "Comparing arrays with " + operator.mql
					+ " (only = and <> compare whole arrays; use array_length() or array_get() to compare their elements)" );
		};
		return new Operator( "$and", PredicateTranslator.nullTest( left, true ), PredicateTranslator.nullTest( right, true ), body );
	}

	/** <code>{$size: {$ifNull: [array, []]}}</code>: 0 for a NULL or missing array, which {@code $size} refuses. */
	static Expression size(Expression array) {
		return new Operator( "$size", orEmpty( array ) );
	}

	/**
	 * <code>{$ifNull: [array, []]}</code>, for the operators that fail on a missing value ({@code $size},
	 * {@code $in}, {@code $map}…) even where a test before them in {@code $and} is false: the embedded
	 * server does not stop at the first false operand.
	 */
	static Expression orEmpty(Expression array) {
		return new Operator( "$ifNull", array, new Constant( new Operand.Literal( new BsonArray() ) ) );
	}

	/** For each position of {@code left}: whether both arrays hold non-NULL, different elements there. */
	private static Expression differingPositions(Expression left, Expression right) {
		Expression leftElement = new Operator( "$arrayElemAt", left, new Variable( INDEX ) );
		Expression rightElement = new Operator( "$arrayElemAt", right, new Variable( INDEX ) );
		Expression differ = new Operator( "$and", List.of(
				PredicateTranslator.nullTest( leftElement, true ),
				PredicateTranslator.nullTest( rightElement, true ),
				new Operator( "$ne", leftElement, rightElement ) ) );
		Expression positions = new Operator( "$range", ExpressionTranslator.constant( 0 ), size( left ) );
		return new Iteration( "$map", positions, INDEX, "in", differ );
	}
}
