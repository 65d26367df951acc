package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Stage;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * A join through the inverse side of a {@code @ManyToMany} (or of a join-table {@code @OneToMany} seen from
 * its target): {@code from Specialty s join s.vets v}, where each owner document holds the array of target
 * ids ({@code Vet.specialties: [2, 3]}). Hibernate joins the join table on its element column and the owner
 * on its key (a join of the join table's group); here the join table is the owner's array, so both are one {@code $lookup} whose
 * {@code foreignField} is that array (MongoDB matches a document when any element equals the local value):
 * <pre>
 * {$lookup: {from: "Vet", localField: "_id", foreignField: "specialties", as: "#v1_0"}},
 * {$unwind: {path: "$#v1_0"}},
 * {$addFields: {"#v1_0#n": {$range: [0, {$size: {$filter: {input: {$ifNull: ["$#v1_0.specialties", []]},
 *     cond: {$eq: ["$$this", "$_id"]}}}}]}, "#v1_0#e": {$cond: [{$gt: ["$#v1_0._id", null]}, "$_id", null]}}},
 * {$unwind: {path: "$#v1_0#n"}}
 * </pre>
 * (the field is named by the join table's alias.) The last two stages make one row per element equal to
 * the root's id, as the join table has one row per element: a bag may hold the same id twice. The join
 * table's columns read the owner's {@code _id} and {@code #e}, the root's id where an owner was found
 * (NULL in a left join's row without one, as SQL's). The local value is the root's {@code _id}, never NULL, so
 * MongoDB's lookup of NULL keys cannot match. A left join keeps the row without an owner.
 *
 * @param joinTableAlias the join table's alias
 * @param alias the owner table's alias (the joined entity, {@code v}); null where Hibernate reads only the join table
 *     ({@code count(v)} counts its key column)
 * @param table the owner's entity table, null with {@code alias}
 * @param array the owner's array (the join table)
 * @param elementColumn the join table's column holding the root's id
 * @param rootKey the root's id column the element equals
 * @param outer whether rows without an owner are kept (a left join)
 */
record InverseArrayJoin(String joinTableAlias, String alias, String table, ArrayTable array, String elementColumn, ColumnReference rootKey,
		boolean outer) implements JoinStep {

	/**
	 * The inverse join {@code join} describes, or null when it is not one: a join to the table {@code array}
	 * on its single element column equal to the root's id, with the owner's table, if read, joined to it on the key.
	 */
	static InverseArrayJoin of(TableGroup joinTable, Predicate predicate, ArrayTable array, NamedTableReference root, boolean outer,
			DocumentLayout layout, String description) {
		String joinTableAlias = ( (NamedTableReference) joinTable.getPrimaryTableReference() ).getIdentificationVariable();
		ColumnReference[] element = onlyEquality( predicate, joinTableAlias );
		if ( element == null || array.elementPath( element[0].getColumnExpression() ) == null || array.isKey( element[0].getColumnExpression() )
				|| array.keyColumns().size() != 1 || !root.getIdentificationVariable().equals( element[1].getQualifier() )
				|| !layout.fieldPath( root.getTableExpression(), element[1].getColumnExpression() ).startsWith( "_id" ) ) {
			return null;
		}
		List<TableGroupJoin> joins = joinsOf( joinTable );
		if ( joins.isEmpty() ) {
			return new InverseArrayJoin( joinTableAlias, null, null, array, element[0].getColumnExpression(), element[1], outer );
		}
		if ( joins.size() != 1 || !( joins.get( 0 ).getJoinedGroup().getPrimaryTableReference() instanceof NamedTableReference owner )
				|| !array.collection().equals( layout.collection( owner.getTableExpression() ) ) || layout.arrayTable( owner.getTableExpression() ) != null ) {
			return null;
		}
		ColumnReference[] key = onlyEquality( joins.get( 0 ).getPredicate(), joinTableAlias );
		if ( key == null || !array.isKey( key[0].getColumnExpression() ) || !owner.getIdentificationVariable().equals( key[1].getQualifier() ) ) {
			return null;
		}
		if ( layout.part( owner.getTableExpression() ) != null || !joins.get( 0 ).getJoinedGroup().getTableReferenceJoins().isEmpty() ) {
			throw FeatureNotSupportedException.construct( "A join through the inverse side of a collection to an entity with JOINED subclass or "
					+ "secondary tables (" + joinTable.getModelPart().getPartName() + ")", description );
		}
		return new InverseArrayJoin( joinTableAlias, owner.getIdentificationVariable(), owner.getTableExpression(), array,
				element[0].getColumnExpression(), element[1], outer );
	}

	/** The owner's table group, whose joins follow this one, or null when Hibernate reads only the join table. */
	static TableGroup ownerGroup(TableGroup joinTable) {
		List<TableGroupJoin> joins = joinsOf( joinTable );
		return joins.isEmpty() ? null : joins.get( 0 ).getJoinedGroup();
	}

	/** The joins of the join table's group that read a table: Hibernate joins the owner's table there. */
	private static List<TableGroupJoin> joinsOf(TableGroup joinTable) {
		return java.util.stream.Stream.concat( joinTable.getNestedTableGroupJoins().stream(), joinTable.getTableGroupJoins().stream() )
				.filter( join -> join.getJoinedGroup().isInitialized() ).toList();
	}

	/** The field of a row that holds the owner's document. */
	String field() {
		return "#" + joinTableAlias;
	}

	@Override
	public List<Stage> stages(TranslationContext context) {
		String local = context.path( rootKey );
		if ( alias != null ) {
			context.joinDocument( alias, table, field() );
		}
		String element = array.elementPath( elementColumn );
		String ownerId = field() + "._id";
		String elementField = field() + "#e";
		// the join table's row: the owner's key, and the element (the root's id) where an owner was found
		context.readColumnsAt( joinTableAlias, Map.of( array.keyColumns().keySet().iterator().next(), ownerId, elementColumn, elementField ) );
		List<Stage> stages = new ArrayList<>();
		stages.add( new Stage.Lookup( array.collection(), local, array.readPath( elementColumn ), field() ) );
		stages.add( new Stage.UnwindLookup( field(), outer ) );
		Expression elements = new Expression.Operator( "$ifNull", new Expression.Field( field() + "." + array.field() ),
				new Expression.ArrayOf( List.of() ) );
		Expression count = new Expression.Operator( "$size", Mql.filter( elements, new Expression.Operator( "$eq",
				new Expression.Variable( element.isEmpty() ? "this" : "this." + element ), new Expression.Field( local ) ) ) );
		Map<String, Expression> rowFields = new LinkedHashMap<>();
		rowFields.put( field() + "#n", new Expression.Operator( "$range", ExpressionTranslator.constant( 0 ), count ) );
		rowFields.put( elementField, new Expression.Operator( "$cond", new Expression.Operator( "$gt", new Expression.Field( ownerId ),
				ExpressionTranslator.nullConstant() ), new Expression.Field( local ), ExpressionTranslator.nullConstant() ) );
		stages.add( new Stage.AddFields( rowFields ) );
		stages.add( new Stage.UnwindLookup( field() + "#n", outer ) );
		return stages;
	}

	/** The two columns of {@code predicate} when it is one column equality, the one of {@code alias} first; else null. */
	private static ColumnReference[] onlyEquality(Predicate predicate, String alias) {
		List<ColumnReference[]> pairs = new ArrayList<>();
		if ( !JoinConditions.equalities( predicate, pairs ) || pairs.size() != 1 ) {
			return null;
		}
		ColumnReference[] pair = pairs.get( 0 );
		if ( alias.equals( pair[0].getQualifier() ) ) {
			return pair;
		}
		return alias.equals( pair[1].getQualifier() ) ? new ColumnReference[] { pair[1], pair[0] } : null;
	}
}
