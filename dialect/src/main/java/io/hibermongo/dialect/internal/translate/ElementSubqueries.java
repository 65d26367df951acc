package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonArray;
import org.bson.BsonNull;
import org.hibernate.query.sqm.ComparisonOperator;
import org.hibernate.query.sqm.function.SelfRenderingAggregateFunctionSqlAstExpression;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Star;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.VirtualTableGroup;
import org.hibernate.sql.ast.tree.predicate.ComparisonPredicate;
import org.hibernate.sql.ast.tree.predicate.ExistsPredicate;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Subqueries over the elements of the outer document's own array ({@link #ownElementsReadBy}), correlated
 * on the owner key, which is what Hibernate renders for {@code member of}, {@code is [not] empty},
 * {@code size()} and {@code exists (select … from c.addresses a where …)}:
 * <ul>
 * <li>{@code [not] exists} becomes {@link Filter.ElementMatch} (<code>$elemMatch</code>), every condition
 *     tested on the same element;</li>
 * <li>{@code (select count(*) …)} without conditions is the array's {@code $size} (a missing array 0,
 *     NULL slots of an {@code @OrderColumn} list not counted).</li>
 * </ul>
 * Any other subquery over those elements is refused, naming it; other subqueries are not handled here.
 */
final class ElementSubqueries {

	/** A subquery over the elements of {@code array} read under {@code alias}, with its non-correlating {@code conditions}. */
	private record Correlated(ArrayTable array, String alias, QuerySpec querySpec, List<Predicate> conditions) {
	}

	private final TranslationContext context;

	ElementSubqueries(TranslationContext context) {
		this.context = context;
	}

	Filter exists(ExistsPredicate exists, boolean negated) {
		Correlated subquery = correlated( exists.getExpression(), "An exists subquery" );
		if ( !subquery.conditions().isEmpty() && !isElementMatch( subquery ) ) {
			return new Filter.Expr( new ElementRows( context, subquery.array(), subquery.alias(), subquery.conditions() )
					.exists( negated != exists.isNegated() ) );
		}
		boolean scalar = isScalar( subquery.array() );
		Filter condition = null;
		if ( !subquery.conditions().isEmpty() ) {
			TranslationContext element = context.forElement( subquery.alias(), subquery.array() );
			PredicateTranslator predicates = new ExpressionTranslator( element, ExpressionTranslator.GroupScope.NONE ).predicates();
			List<Filter> parts = new ArrayList<>();
			for ( Predicate part : subquery.conditions() ) {
				parts.add( predicates.toFilter( part, false ) );
			}
			// isElementMatch has checked that $elemMatch can test them
			condition = parts.size() == 1 ? parts.get( 0 ) : new Filter.And( parts );
		}
		return new Filter.ElementMatch( subquery.array().field(), condition, scalar, negated != exists.isNegated() );
	}

	/**
	 * A scalar subquery over the elements: {@code size()} (a {@code count(*)} without conditions) is the
	 * array's {@code $size}; anything else an expression over the array ({@link ElementRows}).
	 */
	Expression scalar(SelectStatement statement) {
		Correlated subquery = correlated( statement, "A scalar subquery" );
		List<SqlSelection> selections = subquery.querySpec().getSelectClause().getSqlSelections();
		if ( selections.size() != 1 || subquery.querySpec().getSelectClause().isDistinct() ) {
			throw context.refuse( "A scalar subquery over the elements of '" + subquery.array().field() + "' with DISTINCT or several columns" );
		}
		SqlAstNode selected = SqlExpressions.unwrap( selections.get( 0 ).getExpression() );
		return new ElementRows( context, subquery.array(), subquery.alias(), subquery.conditions() ).scalar( selected );
	}

	/**
	 * The element collection of the outer document that {@code statement} reads from, or null when it
	 * reads something else (a subquery this class does not translate).
	 */
	ArrayTable ownElementsReadBy(SelectStatement statement) {
		if ( statement.getQueryPart() instanceof QuerySpec querySpec && querySpec.getFromClause().getRoots().size() == 1
				&& querySpec.getFromClause().getRoots().get( 0 ).getPrimaryTableReference() instanceof NamedTableReference table ) {
			ArrayTable array = context.layout().arrayTable( table.getTableExpression() );
			return array != null && array.collection().equals( context.collection() ) ? array : null;
		}
		return null;
	}

	private Correlated correlated(SelectStatement statement, String construct) {
		ArrayTable array = ownElementsReadBy( statement );
		QuerySpec querySpec = (QuerySpec) statement.getQueryPart();
		NamedTableReference table = (NamedTableReference) querySpec.getFromClause().getRoots().get( 0 ).getPrimaryTableReference();
		TableGroup root = querySpec.getFromClause().getRoots().get( 0 );
		if ( !statement.getCteStatements().isEmpty() || hasRealJoins( root )
				|| !querySpec.getGroupByClauseExpressions().isEmpty() || querySpec.getHavingClauseRestrictions() != null
				|| querySpec.hasSortSpecifications() || querySpec.hasOffsetOrFetchClause() ) {
			throw context.refuse( construct + " (other than member of, is empty, size() or exists over the entity's own element collection)" );
		}
		String alias = table.getIdentificationVariable();
		List<Predicate> conditions = new ArrayList<>();
		int correlations = 0;
		for ( Predicate conjunct : conjuncts( querySpec.getWhereClauseRestrictions(), new ArrayList<>() ) ) {
			if ( isCorrelation( conjunct, alias, array ) ) {
				correlations++;
			}
			else {
				conditions.add( conjunct );
			}
		}
		if ( correlations != array.keyColumns().size() ) {
			throw context.refuse( construct + " over '" + array.field() + "' that is not correlated with its owner" );
		}
		return new Correlated( array, alias, querySpec, conditions );
	}

	private static boolean hasRealJoins(TableGroup group) {
		List<TableGroupJoin> joins = new ArrayList<>( group.getTableGroupJoins() );
		joins.addAll( group.getNestedTableGroupJoins() );
		for ( TableGroupJoin join : joins ) {
			TableGroup joined = join.getJoinedGroup();
			if ( joined instanceof VirtualTableGroup ? hasRealJoins( joined ) : joined.isInitialized() ) {
				return true;
			}
		}
		return false;
	}

	private static List<Predicate> conjuncts(Predicate predicate, List<Predicate> conjuncts) {
		if ( predicate instanceof Junction junction && junction.getNature() == Junction.Nature.CONJUNCTION ) {
			junction.getPredicates().forEach( part -> conjuncts( part, conjuncts ) );
		}
		else if ( predicate != null ) {
			conjuncts.add( predicate );
		}
		return conjuncts;
	}

	/** {@code outer.id = alias.key}: an owner key column of the subquery's table equated with the outer document's id field. */
	private boolean isCorrelation(Predicate predicate, String alias, ArrayTable array) {
		if ( !( predicate instanceof ComparisonPredicate comparison ) || comparison.getOperator() != ComparisonOperator.EQUAL
				|| !( SqlExpressions.unwrap( comparison.getLeftHandExpression() ) instanceof ColumnReference left )
				|| !( SqlExpressions.unwrap( comparison.getRightHandExpression() ) instanceof ColumnReference right ) ) {
			return false;
		}
		ColumnReference key = alias.equals( left.getQualifier() ) ? left : right;
		ColumnReference owner = key == left ? right : left;
		return alias.equals( key.getQualifier() ) && array.isKey( key.getColumnExpression() ) && owner.getQualifier() != null
				&& owner.getQualifier().equals( context.alias() ) && context.path( owner ).equals( array.path( key.getColumnExpression() ) );
	}

	/**
	 * Whether {@code $elemMatch} can test the subquery's conditions: each reads only the element's own fields
	 * with query operators (tried in a scratch context, which keeps no parameter slot).
	 */
	private boolean isElementMatch(Correlated subquery) {
		TranslationContext element = context.scratch().forElement( subquery.alias(), subquery.array() );
		PredicateTranslator predicates = new ExpressionTranslator( element, ExpressionTranslator.GroupScope.NONE ).predicates();
		try {
			for ( Predicate part : subquery.conditions() ) {
				if ( !isElementQuery( predicates.toFilter( part, false ), subquery.array() ) ) {
					return false;
				}
			}
			return !isScalar( subquery.array() ) || subquery.conditions().size() == 1;
		}
		catch (io.hibermongo.dialect.FeatureNotSupportedException e) {
			return false;
		}
	}

	/**
	 * Whether {@code $elemMatch} can test {@code condition} (paths inside an element of {@code array}): query
	 * operators only, no {@code $expr}; on a basic element a single comparison, IN or LIKE.
	 */
	static boolean isElementQuery(Filter condition, ArrayTable array) {
		boolean leaf = condition instanceof Filter.Comparison || condition instanceof Filter.In || condition instanceof Filter.Like;
		return !( isScalar( array ) && !leaf || containsExpr( condition ) );
	}

	/** Whether the elements of {@code array} are basic values rather than sub-documents. */
	static boolean isScalar(ArrayTable array) {
		return array.array().elementPaths().containsValue( "" );
	}

	private static boolean containsExpr(Filter filter) {
		if ( filter instanceof Filter.And and ) {
			return and.parts().stream().anyMatch( ElementSubqueries::containsExpr );
		}
		if ( filter instanceof Filter.Or or ) {
			return or.parts().stream().anyMatch( ElementSubqueries::containsExpr );
		}
		return filter instanceof Filter.Expr || filter instanceof Filter.ElementMatch;
	}
}
