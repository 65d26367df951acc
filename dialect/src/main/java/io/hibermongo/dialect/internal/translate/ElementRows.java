package io.hibermongo.dialect.internal.translate;

import java.util.List;

import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonArray;
import org.bson.BsonNull;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.Distinct;
import org.hibernate.sql.ast.tree.expression.Star;
import org.hibernate.sql.ast.tree.predicate.Predicate;

import static io.hibermongo.dialect.internal.translate.Mql.cond;
import static io.hibermongo.dialect.internal.translate.Mql.filter;
import static io.hibermongo.dialect.internal.translate.Mql.map;
import static io.hibermongo.dialect.internal.translate.Mql.element;
import static io.hibermongo.dialect.internal.translate.Mql.nullValue;
import static io.hibermongo.dialect.internal.translate.Mql.number;
import static io.hibermongo.dialect.internal.translate.Mql.op;

/**
 * The rows of a subquery over the document's own elements ({@link ElementSubqueries}) as an expression on
 * the array itself, evaluated per document without a {@code $lookup}: the elements its conditions keep,
 * <code>{$filter: {input: {$ifNull: ["$lines", []]}, cond: …}}</code>, each condition reading the element
 * as {@code $$this} ({@link TranslationContext#forElementVariable}) and the owner document as usual. What
 * it selects is then
 * <ul>
 * <li>an aggregate: {@code count(*)} the {@code $size} of those elements, {@code count(x)} of the non-null
 *     {@code x}, {@code count(distinct x)} of the distinct ones, {@code sum(x)} the {@code $sum} of the
 *     non-null {@code x} or NULL over none, {@code avg}/{@code min}/{@code max} those operators over the
 *     mapped values, which skip NULL and give NULL over none, as SQL;</li>
 * <li>a value: the one element's {@code x}, NULL over none; more than one fails the statement as any
 *     scalar subquery does.</li>
 * </ul>
 * An {@code exists} whose conditions {@code $elemMatch} cannot test (computed values, owner fields) is the
 * size of the kept elements compared with 0.
 */
final class ElementRows {

	private final TranslationContext context;
	private final ArrayTable array;
	private final ExpressionTranslator elements;
	private final Expression rows;

	ElementRows(TranslationContext context, ArrayTable array, String alias, List<Predicate> conditions) {
		this.context = context;
		this.array = array;
		this.elements = new ExpressionTranslator( context.forElementVariable( alias, array ), ExpressionTranslator.GroupScope.NONE );
		Expression kept = present( array );
		if ( !conditions.isEmpty() ) {
			List<Expression> tests = conditions.stream().map( condition -> elements.predicates().toExpression( condition, false ) ).toList();
			kept = filter( kept, tests.size() == 1 ? tests.get( 0 ) : new Expression.Operator( "$and", tests ) );
		}
		this.rows = kept;
	}

	/**
	 * The elements of {@code array}, a missing array none; without the NULL slots of an
	 * {@code @OrderColumn} list, which are no rows.
	 */
	static Expression present(ArrayTable array) {
		Expression all = op( "$ifNull", new Field( array.field() ), new Expression.Constant( new Operand.Literal( new BsonArray() ) ) );
		return array.array().positionColumn() == null ? all : filter( all, op( "$ne", element(), nullValue() ) );
	}

	/** Whether any element is kept. */
	Expression exists(boolean negated) {
		return op( negated ? "$eq" : "$gt", op( "$size", rows ), number( 0 ) );
	}

	/** The subquery's one selected value, {@code selected}. */
	Expression scalar(SqlAstNode selected) {
		if ( selected instanceof SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate ) {
			return aggregate( aggregate );
		}
		Expression values = map( rows, elements.translate( selected ) );
		return cond( op( "$gt", op( "$size", values ), number( 1 ) ), Subqueries.moreThanOneRow(),
				op( "$arrayElemAt", values, number( 0 ) ) );
	}

	private Expression aggregate(SelfRenderingAggregateFunctionSqlAstExpression<?> aggregate) {
		String name = aggregate.getFunctionName();
		SqlAstNode argument = aggregate.getArguments().isEmpty() ? null : aggregate.getArguments().get( 0 );
		Expression kept = aggregate.getFilter() == null ? rows
				: filter( rows, elements.predicates().toExpression( aggregate.getFilter(), false ) );
		if ( name.equals( "count" ) && ( argument == null || argument instanceof Star ) ) {
			return op( "$size", kept );
		}
		if ( name.equals( "count" ) && argument instanceof Distinct distinct ) {
			Expression values = map( kept, elements.translate( distinct.getExpression() ) );
			return op( "$size", op( "$setDifference", op( "$setUnion", values ),
					new Expression.Constant( new Operand.Literal( new BsonArray( List.of( BsonNull.VALUE ) ) ) ) ) );
		}
		if ( argument instanceof Distinct ) {
			throw context.refuse( name + "(distinct …) in a subquery over the elements of '" + array.field() + "'" );
		}
		return switch ( name ) {
			case "count" -> op( "$size", Mql.nonNullElements( map( kept, elements.translate( argument ) ) ) );
			case "sum" -> {
				Expression values = Mql.nonNullElements( map( kept, elements.translate( argument ) ) );
				yield cond( op( "$gt", op( "$size", values ), number( 0 ) ), op( "$sum", values ), nullValue() );
			}
			case "avg", "min", "max" -> op( "$" + name, map( kept, elements.translate( argument ) ) );
			default -> throw context.refuse( "The aggregate function " + name + "() in a subquery over the elements of '" + array.field() + "'" );
		};
	}

}
