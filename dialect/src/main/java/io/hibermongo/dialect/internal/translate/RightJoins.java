package io.hibermongo.dialect.internal.translate;

import java.util.List;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.VirtualTableGroup;

/**
 * A right join as the left join from the other side: {@code from A a right join B b on …} reads the
 * documents of B's collection and looks up A's with the same condition, keeping each B row that finds
 * none ({@code from B b left join A a on …}); the joins that follow apply to the joined rows as before.
 * Only the first join of the from clause can be turned around this way: after other joins, the left side
 * of a right join is the result of those joins, which one {@code $lookup} cannot produce, and
 * {@link ArrayJoins} refuses it.
 */
final class RightJoins {

	private RightJoins() {
	}

	/** The first join of {@code root} that reads another table when it is a right join, else null. */
	static TableGroupJoin first(TableGroup root) {
		List<TableGroupJoin> joins = joinsRead( root );
		return !joins.isEmpty() && joins.get( 0 ).getJoinType() == SqlAstJoinType.RIGHT ? joins.get( 0 ) : null;
	}

	/**
	 * The joins of a read that starts from the documents of {@code right}'s group: the former root joined to
	 * them as by a left join, then the joins of the right-joined group and the other joins of the root.
	 */
	static ArrayJoins fromOtherSide(TableGroup root, TableGroupJoin right, DocumentLayout layout, String description) {
		TableGroup joined = right.getJoinedGroup();
		if ( DerivedRows.isDerived( joined ) ) {
			throw FeatureNotSupportedException.construct( "A right join to a derived table or CTE (write it as a left join from it)", description );
		}
		if ( !( joined.getPrimaryTableReference() instanceof NamedTableReference table ) ) {
			throw FeatureNotSupportedException.construct( "A right join to " + ArrayFunctions.derivedTableName( joined ), description );
		}
		if ( layout.arrayTable( table.getTableExpression() ) != null
				|| layout.arrayTable( ( (NamedTableReference) root.getPrimaryTableReference() ).getTableExpression() ) != null ) {
			throw FeatureNotSupportedException.construct( "A right join to or from the elements of a collection (to "
					+ joined.getModelPart().getPartName() + ")", description );
		}
		ArrayJoins joins = new ArrayJoins( layout, table, joined, "select from " + table.getTableExpression() );
		joins.joinFormerRoot( root, right.getPredicate() );
		joins.walkGroup( joined );
		for ( TableGroupJoin join : root.getTableGroupJoins() ) {
			if ( join != right ) {
				joins.joinAfter( join );
			}
		}
		return joins;
	}

	/** The joins Hibernate renders for {@code root}, in from-clause order (nested ones first), that read another table. */
	private static List<TableGroupJoin> joinsRead(TableGroup root) {
		return java.util.stream.Stream.concat( root.getNestedTableGroupJoins().stream(), root.getTableGroupJoins().stream() )
				.filter( join -> join.getJoinedGroup().isInitialized() && !( join.getJoinedGroup() instanceof VirtualTableGroup ) ).toList();
	}
}
