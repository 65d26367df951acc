package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.query.sqm.ComparisonOperator;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.predicate.ComparisonPredicate;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/** Reading the shape of join and where conditions: their conjuncts, and column equalities. */
final class JoinConditions {

	private JoinConditions() {
	}

	/** The parts of {@code predicate}'s top-level conjunction (the predicate itself when it is none), added to {@code conjuncts}. */
	static List<Predicate> conjuncts(Predicate predicate, List<Predicate> conjuncts) {
		if ( predicate instanceof Junction junction && junction.getNature() == Junction.Nature.CONJUNCTION ) {
			junction.getPredicates().forEach( part -> conjuncts( part, conjuncts ) );
		}
		else if ( predicate != null ) {
			conjuncts.add( predicate );
		}
		return conjuncts;
	}

	/**
	 * {@code condition} of an inner join without its conjuncts that hold subqueries, which are handed to the
	 * query's WHERE ({@link TranslationContext#deferToWhere}): a subquery's {@code $lookup} cannot run inside the
	 * {@code $filter} of the joined rows, and for an inner join a condition in {@code on} and in WHERE keep the
	 * same rows. {@code condition} itself when none holds a subquery; null when all do.
	 */
	static Predicate deferringSubqueries(Predicate condition, TranslationContext context) {
		if ( condition == null ) {
			return null;
		}
		List<Predicate> conjuncts = conjuncts( condition, new ArrayList<>() );
		List<Predicate> kept = new ArrayList<>();
		for ( Predicate conjunct : conjuncts ) {
			if ( SqlExpressions.containsSubquery( conjunct ) ) {
				context.deferToWhere( conjunct );
			}
			else {
				kept.add( conjunct );
			}
		}
		if ( kept.size() == conjuncts.size() ) {
			return condition;
		}
		return kept.isEmpty() ? null
				: kept.size() == 1 ? kept.get( 0 ) : new Junction( Junction.Nature.CONJUNCTION, kept, condition.getExpressionType() );
	}

	/** Collects the column pairs when {@code predicate} is a conjunction of column equalities only. */
	static boolean equalities(Predicate predicate, List<ColumnReference[]> pairs) {
		if ( predicate instanceof Junction junction && junction.getNature() == Junction.Nature.CONJUNCTION ) {
			return junction.getPredicates().stream().allMatch( part -> equalities( part, pairs ) );
		}
		if ( predicate instanceof ComparisonPredicate comparison && comparison.getOperator() == ComparisonOperator.EQUAL ) {
			return columns( comparison.getLeftHandExpression(), comparison.getRightHandExpression(), pairs );
		}
		return false;
	}

	private static boolean columns(Expression left, Expression right, List<ColumnReference[]> pairs) {
		if ( left instanceof SqlTuple leftTuple && right instanceof SqlTuple rightTuple
				&& leftTuple.getExpressions().size() == rightTuple.getExpressions().size() ) {
			for ( int i = 0; i < leftTuple.getExpressions().size(); i++ ) {
				if ( !columns( leftTuple.getExpressions().get( i ), rightTuple.getExpressions().get( i ), pairs ) ) {
					return false;
				}
			}
			return true;
		}
		if ( SqlExpressions.unwrap( left ) instanceof ColumnReference a && SqlExpressions.unwrap( right ) instanceof ColumnReference b ) {
			pairs.add( new ColumnReference[] { a, b } );
			return true;
		}
		return false;
	}
}
