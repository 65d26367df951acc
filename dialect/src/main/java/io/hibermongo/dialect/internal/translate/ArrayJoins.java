package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.UnionTable;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Unwind;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.UnionTableReference;
import org.hibernate.sql.ast.tree.from.VirtualTableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;

/**
 * The tables one select reads, as parts of one collection's documents: the root (an entity table, or a
 * collection table when Hibernate loads a collection) and the collection tables of element collections
 * joined to it on the owner's key, each an array of the same document that the read unwinds (the root's
 * own JOINED subclass and secondary tables are {@link DocumentTables}). Embeddables
 * appear as virtual table groups over the same document and are walked through. Joins to the tables of
 * other collections (entity joins, further roots of a cross join) are {@link LookupJoin}s; with the
 * arrays they are the select's {@link #steps()}, in the order of the from clause. A right join that is
 * the first join turns the read around ({@link RightJoins}); a full join that is the first join adds the
 * other side's unmatched rows ({@link UnmatchedRows}); later ones are refused. A read may start from the rows
 * of a derived table or CTE ({@link #derivedRootStages}) and join them ({@link DerivedJoin}).
 */
final class ArrayJoins {

	/** A collection table read under {@code alias}; {@code outer} for a left join. */
	record Joined(String alias, ArrayTable array, boolean outer) implements JoinStep {

		Unwind unwind() {
			return new Unwind( array.field(), array.indexField(), array.keyField(), array.array().positionBase(), outer );
		}

		/** {@code $unwind}, then the position base of an {@code @OrderColumn} list added to the index. */
		List<Stage> unwindStages() {
			List<Stage> stages = new ArrayList<>();
			stages.add( new Stage.UnwindArray( unwind() ) );
			int base = array.array().positionBase();
			if ( base != 0 ) {
				stages.add( new Stage.AddFields( Map.of( array.indexField(),
						new Expression.Operator( "$add", new Expression.Field( array.indexField() ), ExpressionTranslator.constant( base ) ) ) ) );
			}
			return stages;
		}

		/**
		 * The unwinding stages; an inner join then drops rows of a NULL element (a missing row
		 * relationally), a left join writes the owner key into each row that has an element (its
		 * {@link ArrayTable#keyField()}; a row without one has no index), where the key columns are read.
		 */
		@Override
		public List<Stage> stages(TranslationContext context) {
			List<Stage> stages = unwindStages();
			if ( outer ) {
				Expression hasElement = new Expression.Operator( "$gt", new Expression.Field( array.indexField() ),
						ExpressionTranslator.nullConstant() );
				stages.add( new Stage.AddFields( Map.of( array.keyField(),
						new Expression.Operator( "$cond", hasElement, new Expression.Field( array.ownerIdPath() ),
								ExpressionTranslator.nullConstant() ) ) ) );
				context.readKeysFromRows( array );
			}
			else {
				stages.add( new Stage.Match( new Filter.Nullness( array.field(), true ) ) );
			}
			return stages;
		}
	}

	private final DocumentLayout layout;
	private final NamedTableReference root;
	private final TableGroup rootGroup;
	private final String description;
	private final List<Joined> arrays = new ArrayList<>();
	private final List<JoinStep> steps = new ArrayList<>();
	private final Set<String> derivedTables = new LinkedHashSet<>();
	/** The derived table or CTE the read starts from, or null. */
	private TableGroup derivedRoot;

	ArrayJoins(DocumentLayout layout, NamedTableReference root, TableGroup rootGroup, String description) {
		this.layout = layout;
		this.root = root;
		this.rootGroup = rootGroup;
		this.description = description;
	}

	static ArrayJoins of(QuerySpec querySpec, DocumentLayout layout) {
		List<TableGroup> roots = querySpec.getFromClause().getRoots();
		if ( roots.isEmpty() ) {
			throw FeatureNotSupportedException.construct( "A select without FROM", "a select" );
		}
		TableGroup group = roots.get( 0 );
		if ( DerivedRows.isDerived( group ) ) {
			return ofDerivedRoot( group, roots, layout );
		}
		if ( !( group.getPrimaryTableReference() instanceof NamedTableReference primary ) ) {
			throw FeatureNotSupportedException.construct( "A select from " + ArrayFunctions.derivedTableName( group ), "a select" );
		}
		NamedTableReference table = unpruned( primary, layout );
		TableGroupJoin right = RightJoins.first( group );
		if ( right != null ) {
			ArrayJoins joins = RightJoins.fromOtherSide( group, right, layout, "select from " + table.getTableExpression() );
			joins.otherRoots( roots );
			return joins;
		}
		ArrayJoins joins = new ArrayJoins( layout, table, group, "select from " + table.getTableExpression() );
		ArrayTable array = layout.arrayTable( table.getTableExpression() );
		if ( array != null ) {
			Joined elements = new Joined( table.getIdentificationVariable(), array, false );
			joins.arrays.add( elements );
			joins.steps.add( elements );
		}
		joins.walk( group );
		joins.otherRoots( roots );
		return joins;
	}

	/**
	 * The joins of a select from a derived table or CTE, whose rows the read starts from
	 * ({@link #derivedRootStages}); its root is named after the derived table, which the layout does not know.
	 */
	private static ArrayJoins ofDerivedRoot(TableGroup group, List<TableGroup> roots, DocumentLayout layout) {
		String name = DerivedRows.name( group );
		String description = "select from " + name;
		if ( RightJoins.first( group ) != null ) {
			throw FeatureNotSupportedException.construct( "A right join from a derived table or CTE (write it as a left join from the other side)", description );
		}
		ArrayJoins joins = new ArrayJoins( layout, new NamedTableReference( name, group.getPrimaryTableReference().getIdentificationVariable() ),
				group, description );
		joins.derivedRoot = group;
		joins.walk( group );
		joins.otherRoots( roots );
		return joins;
	}

	/** Whether the read starts from the rows of a derived table or CTE. */
	boolean hasDerivedRoot() {
		return derivedRoot != null;
	}

	/**
	 * The stages that make the rows of the derived table or CTE the read starts from, each row read under the
	 * root's alias (the statement then runs on the collection they come from).
	 */
	List<Stage> derivedRootStages(TranslationContext context) {
		DerivedRows rows = DerivedRows.of( context, derivedRoot, null );
		derivedTables.addAll( rows.tables() );
		context.readDerivedRows( root.getIdentificationVariable(), "", rows.columns(), rows.collection() );
		return rows.stages();
	}

	/** The tables the derived tables and CTEs of the read come from (known once their stages were made). */
	Set<String> derivedTables() {
		Set<String> tables = new LinkedHashSet<>( derivedTables );
		for ( JoinStep step : steps ) {
			if ( step instanceof DerivedJoin derived ) {
				tables.addAll( derived.tables() );
			}
		}
		return tables;
	}

	/** Whether a join reads the rows of another collection (an entity table, a derived table or CTE), so the read is an aggregate. */
	boolean readsOtherRows() {
		return !lookedUpTables().isEmpty() || steps.stream().anyMatch( DerivedJoin.class::isInstance );
	}

	/**
	 * The root's table as the layout names it: for a polymorphic read of a TABLE_PER_CLASS hierarchy that
	 * Hibernate narrowed to some classes ({@code type()} in a condition, {@code treat()}), whose table
	 * expression becomes SQL text, the union's own name ({@link #union()} gives the classes read).
	 */
	private static NamedTableReference unpruned(NamedTableReference table, DocumentLayout layout) {
		if ( table instanceof UnionTableReference && layout.union( table.getTableExpression() ) == null ) {
			String union = table.getAffectedTableNames().get( 0 );
			if ( layout.union( union ) != null ) {
				return new NamedTableReference( union, table.getIdentificationVariable() );
			}
		}
		return table;
	}

	/**
	 * The classes a polymorphic read of a TABLE_PER_CLASS hierarchy reads, or null for other reads: all of
	 * them, or those Hibernate narrowed the union to. The narrowing is part of the query's meaning
	 * ({@code treat(p as CardPayment).card is null} reads card payments only, with no condition on the type),
	 * so it is kept; a narrowed text that is not understood is refused.
	 */
	UnionTable union() {
		UnionTable union = layout.union( root.getTableExpression() );
		NamedTableReference primary = (NamedTableReference) rootGroup.getPrimaryTableReference();
		if ( union == null || primary.getTableExpression().equals( union.table() ) ) {
			return union;
		}
		UnionTable narrowed = union.narrowedTo( primary.getTableExpression() );
		if ( narrowed == null ) {
			throw refuse( "A TABLE_PER_CLASS read that Hibernate narrowed to some classes in an unexpected form" );
		}
		return narrowed;
	}

	/** The further roots of a cross join or comma list, each joined to every row so far. */
	private void otherRoots(List<TableGroup> roots) {
		for ( int i = 1; i < roots.size(); i++ ) {
			// a subquery's implicit join through an outer path is a root Hibernate adds lazily; unused, it is not read
			if ( roots.get( i ).isInitialized() ) {
				join( roots.get( i ), SqlAstJoinType.CROSS, null );
			}
		}
	}

	NamedTableReference root() {
		return root;
	}

	/** The table group whose documents the read starts from (the right-joined one, for a right join). */
	TableGroup rootGroup() {
		return rootGroup;
	}

	/** Whether a full join brings in the rows of another collection that match no row of the root's. */
	boolean hasFullJoin() {
		return steps.stream().anyMatch( UnmatchedRows.class::isInstance );
	}

	/** The collection tables joined to the root's documents (or the root itself, for a collection load). */
	List<Joined> arrays() {
		return arrays;
	}

	/** The tables of other collections joined with {@code $lookup}. */
	List<String> lookedUpTables() {
		List<String> tables = new ArrayList<>();
		for ( JoinStep step : steps ) {
			if ( step instanceof LookupJoin lookup ) {
				tables.add( lookup.table() );
			}
			else if ( step instanceof InverseArrayJoin inverse ) {
				tables.add( inverse.array().table() );
				if ( inverse.table() != null ) {
					tables.add( inverse.table() );
				}
			}
		}
		return tables;
	}

	/** Every join, in the order of Hibernate's from clause. */
	List<JoinStep> steps() {
		return steps;
	}

	/** The former root of a read turned around for a right join, joined to the new root's documents as by a left join. */
	void joinFormerRoot(TableGroup former, Predicate condition) {
		NamedTableReference table = (NamedTableReference) former.getPrimaryTableReference();
		if ( layout.union( table.getTableExpression() ) != null ) {
			throw refuse( "A right join from a TABLE_PER_CLASS hierarchy read polymorphically" );
		}
		DocumentTables parts = DocumentTables.of( former, table, layout, description );
		steps.add( new LookupJoin( table.getIdentificationVariable(), table.getTableExpression(),
				Predicate.combinePredicates( condition, parts.restriction() ), true, parts.aliases() ) );
	}

	/** The joins of {@code group} (the new root of a read turned around for a right join). */
	void walkGroup(TableGroup group) {
		walk( group );
	}

	/** A join of the former root of a read turned around for a right join, after the right join. */
	void joinAfter(TableGroupJoin join) {
		join( join );
	}

	/**
	 * The joins of {@code group}: its nested joins first (SQL's {@code left join (a join b on …) on …},
	 * which Hibernate uses for the target of a join table), then the joins that follow it.
	 */
	private void walk(TableGroup group) {
		walk( group, false );
	}

	private void walk(TableGroup group, boolean outer) {
		for ( TableGroupJoin join : group.getNestedTableGroupJoins() ) {
			if ( outer && join.getJoinType() == SqlAstJoinType.INNER && join.getJoinedGroup().isInitialized() ) {
				// run one after the other, the inner join would drop the rows the outer one keeps
				throw refuse( "An inner join nested in a left join (to " + join.getJoinedGroup().getModelPart().getPartName() + ")" );
			}
			join( join );
		}
		for ( TableGroupJoin join : group.getTableGroupJoins() ) {
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
		join( joined, join.getJoinType(), join.getPredicate() );
	}

	private void join(TableGroup joined, SqlAstJoinType type, Predicate predicate) {
		String name = joined.getModelPart() == null ? "an entity" : joined.getModelPart().getPartName();
		if ( DerivedRows.isDerived( joined ) ) {
			if ( type != SqlAstJoinType.INNER && type != SqlAstJoinType.LEFT && type != SqlAstJoinType.CROSS ) {
				throw refuse( "A " + type.name().toLowerCase() + " join to a derived table or CTE (" + DerivedRows.name( joined ) + ")" );
			}
			steps.add( new DerivedJoin( joined, predicate, type == SqlAstJoinType.LEFT ) );
			walk( joined, type == SqlAstJoinType.LEFT );
			return;
		}
		if ( !( joined.getPrimaryTableReference() instanceof NamedTableReference table ) ) {
			throw refuse( "A join to " + ArrayFunctions.derivedTableName( joined ) );
		}
		if ( type == SqlAstJoinType.FULL ) {
			if ( derivedRoot != null ) {
				throw refuse( "A full join from a derived table or CTE (to " + name + ")" );
			}
			fullJoin( joined, table, predicate, name );
			return;
		}
		if ( type == SqlAstJoinType.RIGHT ) {
			// a right join as the first join was turned around (RightJoins); after others its left side is their result
			throw refuse( "A right join after other joins (to " + name + "; put it first or write it as a left join)" );
		}
		if ( type != SqlAstJoinType.INNER && type != SqlAstJoinType.LEFT && type != SqlAstJoinType.CROSS ) {
			throw refuse( "A " + type.name().toLowerCase() + " join (to " + name + ")" );
		}
		ArrayTable array = layout.arrayTable( table.getTableExpression() );
		String alias = table.getIdentificationVariable();
		ArrayTable ofJoined = array == null ? null : joinedDocumentArray( predicate, alias, array );
		if ( ofJoined != null ) {
			if ( type == SqlAstJoinType.CROSS ) {
				throw refuse( "A cross join to the elements of " + name );
			}
			Joined elements = new Joined( alias, ofJoined, type == SqlAstJoinType.LEFT );
			arrays.add( elements );
			steps.add( elements );
			walk( joined, elements.outer() );
			return;
		}
		if ( array == null ) {
			if ( layout.union( table.getTableExpression() ) != null ) {
				throw refuse( "A join to a TABLE_PER_CLASS hierarchy read polymorphically (joined " + name + ")" );
			}
			// the joined entity's JOINED subclass and secondary tables are fields of the document the lookup finds
			DocumentTables parts = DocumentTables.of( joined, table, layout, description );
			steps.add( new LookupJoin( alias, table.getTableExpression(), Predicate.combinePredicates( predicate, parts.restriction() ),
					type == SqlAstJoinType.LEFT, parts.aliases() ) );
			walk( joined, type == SqlAstJoinType.LEFT );
			return;
		}
		if ( !array.collection().equals( layout.collection( root.getTableExpression() ) ) && type != SqlAstJoinType.CROSS ) {
			InverseArrayJoin inverse = InverseArrayJoin.of( joined, predicate, array, root, type == SqlAstJoinType.LEFT, layout, description );
			if ( inverse != null ) {
				steps.add( inverse );
				if ( InverseArrayJoin.ownerGroup( joined ) != null ) {
					walk( InverseArrayJoin.ownerGroup( joined ), inverse.outer() );
				}
				return;
			}
		}
		if ( !array.collection().equals( layout.collection( root.getTableExpression() ) ) ) {
			throw refuse( "A join through '" + name + "', an array of another collection's documents (a collection of a joined "
					+ "entity, or the inverse side of a @ManyToMany joined with a condition or from another join); join from the side that holds "
					+ "the array instead" );
		}
		if ( layout.arrayTable( root.getTableExpression() ) != null ) {
			throw refuse( "A join to the elements of " + name + " from the elements of a collection" );
		}
		if ( type == SqlAstJoinType.CROSS ) {
			throw refuse( "A cross join to the elements of " + name );
		}
		if ( arrays.stream().anyMatch( other -> other.array().equals( array ) ) ) {
			throw refuse( "Joining the elements of " + name + " twice in one query" );
		}
		if ( !isOwnerKeyJoin( predicate, alias, array ) ) {
			throw refuse( "A join to the elements of " + name + " with a condition (on/with)" );
		}
		Joined elements = new Joined( alias, array, type == SqlAstJoinType.LEFT );
		arrays.add( elements );
		steps.add( elements );
		walk( joined, elements.outer() );
	}

	/**
	 * A full join of the root's documents to an entity's: the left join ({@link LookupJoin}), then the
	 * joined entity's documents that match no root document ({@link UnmatchedRows}). Only as the first join,
	 * between entities stored as whole documents of their own collections.
	 */
	private void fullJoin(TableGroup joined, NamedTableReference table, Predicate predicate, String name) {
		if ( !steps.isEmpty() ) {
			throw refuse( "A full join after other joins (to " + name + ")" );
		}
		if ( layout.arrayTable( table.getTableExpression() ) != null || layout.arrayTable( root.getTableExpression() ) != null ) {
			throw refuse( "A full join to or from the elements of a collection (to " + name + ")" );
		}
		if ( layout.union( table.getTableExpression() ) != null || layout.union( root.getTableExpression() ) != null ) {
			throw refuse( "A full join to or from a TABLE_PER_CLASS hierarchy read polymorphically (to " + name + ")" );
		}
		if ( !DocumentTables.of( joined, table, layout, description ).aliases().isEmpty()
				|| !DocumentTables.of( rootGroup, root, layout, description ).aliases().isEmpty()
				|| joined.getNestedTableGroupJoins().stream().anyMatch( nested -> nested.getJoinedGroup().isInitialized() ) ) {
			throw refuse( "A full join to or from an entity with JOINED subclass or secondary tables, or to a nested join (to " + name + ")" );
		}
		steps.add( new LookupJoin( table.getIdentificationVariable(), table.getTableExpression(), predicate, true, Map.of() ) );
		steps.add( new UnmatchedRows( root.getIdentificationVariable(), root.getTableExpression(), table.getIdentificationVariable(),
				table.getTableExpression(), predicate ) );
		walk( joined );
	}

	/** Whether {@code predicate} only equates the owner key columns of {@code array} with the root's id fields. */
	private boolean isOwnerKeyJoin(Predicate predicate, String alias, ArrayTable array) {
		return isOwnerKeyJoin( predicate, alias, array, root.getIdentificationVariable(), root.getTableExpression() );
	}

	/** Whether {@code predicate} only equates the owner key columns of {@code array} with the id fields of {@code owner}. */
	private boolean isOwnerKeyJoin(Predicate predicate, String alias, ArrayTable array, String ownerAlias, String ownerTable) {
		List<ColumnReference[]> pairs = new ArrayList<>();
		if ( !JoinConditions.equalities( predicate, pairs ) || pairs.size() != array.keyColumns().size() ) {
			return false;
		}
		for ( ColumnReference[] pair : pairs ) {
			ColumnReference key = alias.equals( pair[0].getQualifier() ) ? pair[0] : pair[1];
			ColumnReference owner = key == pair[0] ? pair[1] : pair[0];
			if ( !alias.equals( key.getQualifier() ) || !array.isKey( key.getColumnExpression() )
					|| !ownerAlias.equals( owner.getQualifier() ) || owner.isColumnExpressionFormula()
					|| !layout.fieldPath( ownerTable, owner.getColumnExpression() ).equals( array.keyColumns().get( key.getColumnExpression() ) ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The array of a document joined with {@code $lookup} that {@code predicate} joins on its owner key,
	 * with its paths under that document's field, or null.
	 */
	private ArrayTable joinedDocumentArray(Predicate predicate, String alias, ArrayTable array) {
		for ( JoinStep step : steps ) {
			if ( step instanceof LookupJoin lookup && layout.collection( lookup.table() ).equals( array.collection() )
					&& isOwnerKeyJoin( predicate, alias, array, lookup.alias(), lookup.table() ) ) {
				return array.under( lookup.field() );
			}
			if ( step instanceof InverseArrayJoin inverse && inverse.alias() != null && layout.collection( inverse.table() ).equals( array.collection() )
					&& isOwnerKeyJoin( predicate, alias, array, inverse.alias(), inverse.table() ) ) {
				return array.under( inverse.field() );
			}
		}
		return null;
	}

	private FeatureNotSupportedException refuse(String construct) {
		return FeatureNotSupportedException.construct( construct, description );
	}
}
