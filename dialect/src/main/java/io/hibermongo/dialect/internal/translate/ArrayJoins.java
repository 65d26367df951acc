package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.Unwind;
import org.hibernate.query.sqm.ComparisonOperator;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.VirtualTableGroup;
import org.hibernate.sql.ast.tree.predicate.ComparisonPredicate;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;

/**
 * The tables one select reads, as parts of one collection's documents: the root (an entity table, or a
 * collection table when Hibernate loads a collection) and the collection tables of element collections
 * joined to it on the owner's key, each an array of the same document that the read unwinds. Embeddables
 * appear as virtual table groups over the same document and are walked through. Any other join (to
 * another entity, on another condition, right or full) is refused.
 */
final class ArrayJoins {

	/** A collection table read under {@code alias}; {@code outer} for a left join. */
	record Joined(String alias, ArrayTable array, boolean outer) {

		Unwind unwind() {
			return new Unwind( array.field(), array.indexField(), array.keyField(), array.array().positionBase(), outer );
		}
	}

	private final DocumentLayout layout;
	private final NamedTableReference root;
	private final String description;
	private final List<Joined> arrays = new ArrayList<>();

	private ArrayJoins(DocumentLayout layout, NamedTableReference root, String description) {
		this.layout = layout;
		this.root = root;
		this.description = description;
	}

	static ArrayJoins of(QuerySpec querySpec, DocumentLayout layout) {
		List<TableGroup> roots = querySpec.getFromClause().getRoots();
		if ( roots.size() != 1 ) {
			throw FeatureNotSupportedException.construct(
					roots.isEmpty() ? "A select without FROM" : "A select from several entities (cross join)", "a select" );
		}
		TableGroup group = roots.get( 0 );
		if ( !( group.getPrimaryTableReference() instanceof NamedTableReference table ) ) {
			throw FeatureNotSupportedException.construct( "A select from a derived table or function", "a select" );
		}
		ArrayJoins joins = new ArrayJoins( layout, table, "select from " + table.getTableExpression() );
		if ( !group.getTableReferenceJoins().isEmpty() ) {
			throw FeatureNotSupportedException.construct( "Secondary tables and JOINED inheritance", joins.description );
		}
		ArrayTable array = layout.arrayTable( table.getTableExpression() );
		if ( array != null ) {
			joins.arrays.add( new Joined( table.getIdentificationVariable(), array, false ) );
		}
		joins.walk( group );
		return joins;
	}

	NamedTableReference root() {
		return root;
	}

	/** The collection tables joined to the root's documents (or the root itself, for a collection load). */
	List<Joined> arrays() {
		return arrays;
	}

	private void walk(TableGroup group) {
		for ( TableGroupJoin join : group.getTableGroupJoins() ) {
			join( join );
		}
		for ( TableGroupJoin join : group.getNestedTableGroupJoins() ) {
			join( join );
		}
	}

	private void join(TableGroupJoin join) {
		TableGroup joined = join.getJoinedGroup();
		if ( joined instanceof VirtualTableGroup ) {
			walk( joined );
			return;
		}
		if ( !joined.isInitialized() ) {
			return;
		}
		String name = ArrayFunctions.joinedName( joined );
		ArrayTable array = joined.getPrimaryTableReference() instanceof NamedTableReference table
				? layout.arrayTable( table.getTableExpression() ) : null;
		if ( array == null || !array.collection().equals( layout.collection( root.getTableExpression() ) )
				|| layout.arrayTable( root.getTableExpression() ) != null ) {
			throw refuse( "Joins (" + join.getJoinType().name().toLowerCase() + " join to " + name + ")" );
		}
		if ( join.getJoinType() != SqlAstJoinType.INNER && join.getJoinType() != SqlAstJoinType.LEFT ) {
			throw refuse( "A " + join.getJoinType().name().toLowerCase() + " join to the elements of " + name );
		}
		if ( !joined.getTableReferenceJoins().isEmpty() || arrays.stream().anyMatch( other -> other.array().equals( array ) ) ) {
			throw refuse( "Joining the elements of " + name + " twice in one query" );
		}
		String alias = joined.getPrimaryTableReference().getIdentificationVariable();
		if ( !isOwnerKeyJoin( join.getPredicate(), alias, array ) ) {
			throw refuse( "A join to the elements of " + name + " with a condition (on/with)" );
		}
		arrays.add( new Joined( alias, array, join.getJoinType() == SqlAstJoinType.LEFT ) );
		walk( joined );
	}

	/** Whether {@code predicate} only equates the owner key columns of {@code array} with the root's id fields. */
	private boolean isOwnerKeyJoin(Predicate predicate, String alias, ArrayTable array) {
		List<ColumnReference[]> pairs = new ArrayList<>();
		if ( !equalities( predicate, pairs ) || pairs.size() != array.keyColumns().size() ) {
			return false;
		}
		for ( ColumnReference[] pair : pairs ) {
			ColumnReference key = alias.equals( pair[0].getQualifier() ) ? pair[0] : pair[1];
			ColumnReference owner = key == pair[0] ? pair[1] : pair[0];
			if ( !alias.equals( key.getQualifier() ) || !array.isKey( key.getColumnExpression() )
					|| !root.getIdentificationVariable().equals( owner.getQualifier() ) || owner.isColumnExpressionFormula()
					|| !layout.fieldPath( root.getTableExpression(), owner.getColumnExpression() )
							.equals( array.path( key.getColumnExpression() ) ) ) {
				return false;
			}
		}
		return true;
	}

	private static boolean equalities(Predicate predicate, List<ColumnReference[]> pairs) {
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

	private FeatureNotSupportedException refuse(String construct) {
		return FeatureNotSupportedException.construct( construct, description );
	}
}
