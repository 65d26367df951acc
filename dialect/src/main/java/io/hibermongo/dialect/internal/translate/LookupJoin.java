package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Stage;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * A join to the table of another collection (an entity table), read with {@code $lookup}: the joined
 * document becomes the sub-document {@code #<alias>} of each row, and the columns of the table resolve
 * to fields under it.
 * <ul>
 * <li>An equality between a column of the joined table and a column read before (a foreign key, in
 *     either direction) becomes {@code localField}/{@code foreignField}, which a real server serves from
 *     an index on the foreign field; without one (a cross join, an entity join on other conditions) the
 *     lookup reads every document of the collection.</li>
 * <li>The whole {@code on}/{@code with} condition is then tested on each document found, with
 *     {@code $filter} (three-valued logic as in {@code $expr}: a NULL never equals anything), unless the
 *     condition is that equality alone and one side is an {@code _id}, which is never NULL: MongoDB's
 *     lookup matches a missing or NULL local field with documents whose foreign field is NULL or
 *     missing, which SQL's equality never does.</li>
 * <li>A join on the root document's own {@code _id} to its own collection (from a join table's array to
 *     its owner, as Hibernate loads the inverse side of a {@code @ManyToMany}) needs no lookup: the
 *     joined row is the root document.</li>
 * <li>{@code $unwind} makes one row per document found; a left join keeps the row without one
 *     ({@code preserveNullAndEmptyArrays}), whose joined columns then read as NULL.</li>
 * </ul>
 * Both the real server and the embedded one accept these forms ({@code localField} together with a
 * {@code pipeline} would need MongoDB 5 and is refused by the embedded server).
 *
 * @param alias the joined table's alias in Hibernate's SQL AST
 * @param table the joined entity table
 * @param condition the join's {@code on} condition, null for a cross join
 * @param outer whether rows without a joined document are kept (a left join)
 * @param documentTables the JOINED subclass and secondary tables of the joined entity, by alias: fields of the same
 *     joined document ({@link DocumentTables}), whose restriction is part of {@code condition}
 */
record LookupJoin(String alias, String table, Predicate condition, boolean outer, Map<String, String> documentTables) implements JoinStep {

	/** The field of a row that holds the joined document. */
	String field() {
		return "#" + alias;
	}

	@Override
	public List<Stage> stages(TranslationContext context) {
		List<Stage> stages = new ArrayList<>( ( outer ? this : deferringSubqueries( context ) ).lookupStages( context ) );
		if ( context.joinedDocument( alias ).field().isEmpty() ) {
			return List.of();
		}
		stages.add( new Stage.UnwindLookup( field(), outer ) );
		return stages;
	}

	/**
	 * The stages that put the joined documents, as an array, in {@link #field()} of each row: {@code $lookup}
	 * and the {@code $filter} of the condition (none where the joined row is the root document itself).
	 */
	List<Stage> lookupStages(TranslationContext context) {
		String collection = context.layout().collection( table );
		List<Stage> stages = new ArrayList<>();
		ColumnReference[] key = condition == null ? null : equalityKey( condition );
		if ( key == null ) {
			joinDocument( context, field() );
			stages.add( new Stage.Lookup( collection, null, null, field() ) );
		}
		else {
			String local = context.path( key[0] );
			String foreign = context.layout().fieldPath( documentTables.getOrDefault( key[1].getQualifier(), table ), key[1].getColumnExpression() );
			if ( isIdentifier( local ) && local.equals( foreign ) && collection.equals( context.collection() ) && isOnlyEquality( condition ) ) {
				// the root document's own id: the joined row is the root document itself (the owner of a join table's array)
				joinDocument( context, "" );
				return List.of();
			}
			joinDocument( context, field() );
			stages.add( new Stage.Lookup( collection, local, foreign, field() ) );
			if ( !isIdentifier( local ) && !isIdentifier( foreign ) || !isOnlyEquality( condition ) ) {
				stages.add( filter( context ) );
			}
		}
		if ( key == null && condition != null ) {
			stages.add( filter( context ) );
		}
		return stages;
	}

	/** This inner join without the conjuncts that hold subqueries ({@link JoinConditions#deferringSubqueries}). */
	private LookupJoin deferringSubqueries(TranslationContext context) {
		Predicate rest = JoinConditions.deferringSubqueries( condition, context );
		return rest == condition ? this : new LookupJoin( alias, table, rest, outer, documentTables );
	}

	/** Reads the joined table and its document tables from {@code field} of each row ({@code ""}: the row's own document). */
	private void joinDocument(TranslationContext context, String field) {
		context.joinDocument( alias, table, field );
		documentTables.forEach( (partAlias, partTable) -> context.joinDocument( partAlias, partTable, field ) );
	}

	private Stage filter(TranslationContext context) {
		return filter( context, alias, field(), condition );
	}

	/**
	 * {@code $addFields} keeping, of the rows joined under {@code alias} into the array {@code field}, those
	 * for which {@code condition} is TRUE (the joined table's columns read from {@code $$this}).
	 */
	static Stage filter(TranslationContext context, String alias, String field, Predicate condition) {
		TranslationContext joined = context.forJoinCondition( alias );
		Expression cond = new ExpressionTranslator( joined, ExpressionTranslator.GroupScope.NONE ).predicates().toExpression( condition, false );
		return new Stage.AddFields( Map.of( field, Mql.filter( new Expression.Field( field ), cond ) ) );
	}

	/** Whether {@code qualifier} names a table of the joined document: the joined table or one of its document tables. */
	private boolean isJoined(String qualifier) {
		return alias.equals( qualifier ) || documentTables.containsKey( qualifier );
	}

	/** Whether {@code path} is (part of) the root document's id, which no row lacks. */
	private static boolean isIdentifier(String path) {
		return path.equals( "_id" ) || path.startsWith( "_id." );
	}

	/** Whether {@code condition} is nothing but one column equality. */
	private boolean isOnlyEquality(Predicate condition) {
		List<ColumnReference[]> pairs = new ArrayList<>();
		return JoinConditions.equalities( condition, pairs ) && pairs.size() == 1;
	}

	/**
	 * The first equality of the condition between a column read before (index 0) and a column of the
	 * joined table (index 1), or null.
	 */
	private ColumnReference[] equalityKey(Predicate condition) {
		for ( Predicate conjunct : JoinConditions.conjuncts( condition, new ArrayList<>() ) ) {
			List<ColumnReference[]> pairs = new ArrayList<>();
			if ( JoinConditions.equalities( conjunct, pairs ) ) {
				for ( ColumnReference[] pair : pairs ) {
					boolean first = isJoined( pair[0].getQualifier() );
					boolean second = isJoined( pair[1].getQualifier() );
					if ( first != second && !pair[0].isColumnExpressionFormula() && !pair[1].isColumnExpressionFormula() ) {
						return first ? new ColumnReference[] { pair[1], pair[0] } : pair;
					}
				}
			}
		}
		return null;
	}
}
