package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.RequiredFields;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Unwind;
import org.bson.BsonDocument;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SortSpecification;

/**
 * A select over documents whose arrays are joined (element collections): its conditions split into those
 * on the owner document and those on the elements, which decides how the rows are made.
 * <ul>
 * <li>When only the owner document is tested and ordered, and no row count is limited (loading
 *     collections by owner key, fetching them with their owner), a {@code find} reads the documents and
 *     the client unwinds the arrays into rows ({@link ResultColumns}): one command, the {@code _id} index
 *     used, each owner sent once.</li>
 * <li>Otherwise the server unwinds: <code>$match (owner, and $elemMatch of the element conditions) →
 *     $unwind → $match (elements)</code>, then the usual projection, grouping and sorting. After
 *     {@code $unwind} each row holds one element, so all conditions on an element's fields hold for the
 *     same element, as in SQL's join; the {@code $elemMatch} before only spares unwinding documents
 *     without a matching element.</li>
 * </ul>
 * A condition with a subquery is tested on the server after the subquery's {@code $lookup}: before the
 * unwinds when it reads only the owner document (one lookup per owner), after them when it reads an
 * element (one per row).
 * <p>
 * A NULL element (a gap in an {@code @OrderColumn} list) is no row, as relationally. A left join unwound
 * on the server keeps an owner without elements, each row holding the owner key where it has an element
 * (a fetched collection's key column then reads NULL for an owner without one, as SQL's); it is refused for
 * {@code @OrderColumn} lists (a gap would become a row).
 */
final class ElementConditions {

	private final TranslationContext context;
	private final QuerySpec querySpec;
	private final ArrayJoins joins;
	private final List<Filter> owner = new ArrayList<>();
	private final List<Filter> elements = new ArrayList<>();
	/** Per joined array: the conditions on its elements alone, tested inside {@code $elemMatch} before unwinding. */
	private final Map<ArrayTable, List<Filter>> preconditions = new LinkedHashMap<>();
	/** The conditions with subqueries on the owner document alone, and the lookups they read. */
	private final List<Filter> ownerSubqueries = new ArrayList<>();
	private final List<Stage> ownerLookups = new ArrayList<>();
	/** The conditions with subqueries reading elements, and the lookups they read (placed after the unwinds). */
	private final List<Filter> elementSubqueries = new ArrayList<>();
	private final List<Stage> elementLookups = new ArrayList<>();
	private final BsonDocument sort = new BsonDocument();
	private final boolean plain;
	private final boolean elementOrder;

	ElementConditions(TranslationContext context, QuerySpec querySpec, ArrayJoins joins) {
		this.context = context;
		this.querySpec = querySpec;
		this.joins = joins;
		PredicateTranslator predicates = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE ).predicates();
		context.takeElementUse();
		for ( Predicate conjunct : JoinConditions.conjuncts( context.where( querySpec ), new ArrayList<>() ) ) {
			int pending = context.pendingSubqueries();
			Filter filter = predicates.toFilter( conjunct, false );
			TranslationContext.ElementUse use = context.takeElementUse();
			if ( context.pendingSubqueries() > pending ) {
				List<Stage> lookups = context.subqueries().takeAfter( pending );
				( use.isOwnerLevel() ? ownerLookups : elementLookups ).addAll( lookups );
				( use.isOwnerLevel() ? ownerSubqueries : elementSubqueries ).add( filter );
			}
			else if ( use.isOwnerLevel() ) {
				owner.add( filter );
			}
			else {
				elements.add( filter );
				if ( use.arrays().size() == 1 && !use.position() && !use.document() ) {
					precondition( conjunct, use.arrays().iterator().next() );
				}
			}
		}
		plain = MongoSelectTranslator.isPlainFind( querySpec );
		if ( plain ) {
			for ( SortSpecification specification : MongoSelectTranslator.sortSpecifications( querySpec ) ) {
				sort.append( context.path( (ColumnReference) MongoSelectTranslator.sortExpression( specification ) ),
						MongoSelectTranslator.direction( specification ) );
			}
		}
		elementOrder = !context.takeElementUse().isOwnerLevel();
	}

	/**
	 * Notes {@code conjunct}, a condition on the elements of {@code array} alone, to be tested inside
	 * {@code $elemMatch} before unwinding, where the query operators allow it: only documents with a
	 * matching element are unwound, and an index on the array's fields can serve.
	 */
	private void precondition(Predicate conjunct, ArrayTable array) {
		for ( ArrayJoins.Joined joined : joins.arrays() ) {
			if ( joined.array().equals( array ) && !joined.outer() ) {
				TranslationContext element = context.forElement( joined.alias(), array );
				Filter condition = new ExpressionTranslator( element, ExpressionTranslator.GroupScope.NONE ).predicates().toFilter( conjunct, false );
				List<Filter> conditions = preconditions.computeIfAbsent( array, a -> new ArrayList<>() );
				// $elemMatch on a basic element takes one operator of each kind: the first condition will do
				if ( ElementSubqueries.isElementQuery( condition, array ) && ( conditions.isEmpty() || !ElementSubqueries.isScalar( array ) ) ) {
					conditions.add( condition );
				}
			}
		}
	}

	/** Whether a {@code find} with the arrays unwound on the client gives the rows. */
	boolean isOwnerLevel() {
		return plain && elements.isEmpty() && !elementOrder && ownerLookups.isEmpty() && elementLookups.isEmpty();
	}

	/** The {@code find} whose rows the client unwinds; {@code required} as for {@link ResultColumns}. */
	MqlCommand find(RequiredFields required) {
		List<String> columns = new ArrayList<>();
		for ( SqlSelection selection : MongoSelectTranslator.orderedSelections( querySpec ) ) {
			columns.add( context.readPath( (ColumnReference) SqlExpressions.unwrap( selection.getExpression() ) ) );
		}
		List<Unwind> unwinds = joins.arrays().stream().map( ArrayJoins.Joined::unwind ).toList();
		return new MqlCommand.Find( context.collection(), all( owner ), new ResultColumns( columns, unwinds, required ), sort, null, null );
	}

	/**
	 * Per result column, the column of the root entity it reads, or null for a column of a joined
	 * collection table or a computed one: only the entity's own columns can be required (strict reads).
	 */
	List<ColumnReference> ownerColumnsRead() {
		List<ColumnReference> read = new ArrayList<>();
		for ( SqlSelection selection : MongoSelectTranslator.orderedSelections( querySpec ) ) {
			read.add( SqlExpressions.unwrap( selection.getExpression() ) instanceof ColumnReference column
					&& context.alias().equals( column.getQualifier() ) ? column : null );
		}
		return read;
	}

	/**
	 * The stages picking the rows on the server: owner conditions (with the element conditions that
	 * {@code $elemMatch} can test), the unwinds, element conditions.
	 */
	List<Stage> stages() {
		List<Filter> before = new ArrayList<>( owner );
		preconditions.forEach( (array, conditions) -> {
			if ( !conditions.isEmpty() ) {
				before.add( new Filter.ElementMatch( array.field(), all( conditions ), ElementSubqueries.isScalar( array ), false ) );
			}
		} );
		List<Stage> stages = new ArrayList<>( MongoSelectTranslator.matching( all( before ) ) );
		if ( !ownerLookups.isEmpty() ) {
			stages.addAll( ownerLookups );
			stages.add( new Stage.Match( all( ownerSubqueries ) ) );
		}
		List<Filter> onElements = new ArrayList<>();
		for ( ArrayJoins.Joined joined : joins.arrays() ) {
			if ( joined.outer() ) {
				refuseOuterList( context, joined, "A left join to the elements of '" + joined.array().field()
						+ "' with conditions, ordering, grouping or paging" );
				// each row holds the owner key where it has an element, as a fetched collection's key column must read
				stages.addAll( joined.stages( context ) );
			}
			else {
				onElements.add( new Filter.Nullness( joined.array().field(), true ) );
				stages.addAll( joined.unwindStages() );
			}
		}
		onElements.addAll( elements );
		onElements.addAll( elementSubqueries );
		stages.addAll( elementLookups );
		stages.addAll( MongoSelectTranslator.matching( all( onElements ) ) );
		return stages;
	}

	/** Refuses a left join to the elements of an {@code @OrderColumn} list unwound on the server: a NULL slot would become a row. */
	static void refuseOuterList(TranslationContext context, ArrayJoins.Joined joined, String what) {
		if ( joined.array().array().positionColumn() != null ) {
			throw context.refuse( what + " on an @OrderColumn list" );
		}
	}

	/** The conjunction of {@code filters}: matching everything when there are none. */
	static Filter all(List<Filter> filters) {
		return filters.isEmpty() ? new Filter.Constant( true ) : filters.size() == 1 ? filters.get( 0 ) : new Filter.And( filters );
	}
}
