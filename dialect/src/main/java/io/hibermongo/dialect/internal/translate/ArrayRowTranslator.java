package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.mql.ArrayElement;
import io.hibermongo.dialect.internal.mql.DocumentShape;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.spi.ArrayChange;
import io.hibermongo.dialect.spi.ArrayLayout.Change;
import org.hibernate.sql.model.ast.ColumnValueBinding;
import org.hibernate.sql.model.ast.TableMutation;
import org.hibernate.sql.model.internal.TableDeleteStandard;
import org.hibernate.sql.model.internal.TableInsertStandard;
import org.hibernate.sql.model.internal.TableUpdateStandard;

/**
 * Translates Hibernate's row mutations of a collection table into a change of the array in the owner's
 * document ({@link MqlCommand.ArrayUpdate}): the owner key columns select the owner by {@code _id}, the
 * position column (an {@code @OrderColumn} list) names the array slot, and the element columns (those
 * of the element, and a map's key) make up the element. An insert is {@link Change#INSERT}; an update
 * (Hibernate restricts it to key and position or map key) is {@link Change#UPDATE}; a delete restricted
 * to the owner key alone removes every row ({@link Change#DELETE_ALL}), otherwise it is
 * {@link Change#DELETE}; a mutation that is an {@link ArrayChange} says which change it is.
 */
final class ArrayRowTranslator {

	private final TranslationContext context;
	private final ArrayTable array;
	private final List<Filter> owner = new ArrayList<>();
	private final DocumentShape document = new DocumentShape();
	private Operand value;
	private Operand position;

	ArrayRowTranslator(TranslationContext context, ArrayTable array) {
		this.context = context;
		this.array = array;
	}

	MqlCommand translate(TableMutation<?> mutation) {
		Change change;
		if ( mutation instanceof TableInsertStandard insert ) {
			if ( insert.getNumberOfReturningColumns() > 0 ) {
				throw context.refuse( "Database-generated values in an element collection" );
			}
			insert.getValueBindings().forEach( this::bind );
			change = Change.INSERT;
		}
		else if ( mutation instanceof TableUpdateStandard update ) {
			refuseWhereFragment( update.getWhereFragment() );
			update.getValueBindings().forEach( this::bind );
			update.getKeyBindings().forEach( this::bind );
			change = Change.UPDATE;
		}
		else if ( mutation instanceof TableDeleteStandard delete ) {
			refuseWhereFragment( delete.getWhereFragment() );
			delete.getKeyBindings().forEach( this::bind );
			if ( mutation instanceof ArrayChange named ) {
				change = named.arrayChange();
			}
			else {
				change = value == null && document.isEmpty() && position == null ? Change.DELETE_ALL : Change.DELETE;
			}
		}
		else {
			throw context.refuse( "The collection table mutation " + mutation.getClass().getSimpleName() );
		}
		if ( owner.size() != array.keyColumns().size() ) {
			throw context.refuse( "A mutation of '" + array.table() + "' that does not name the owner" );
		}
		ArrayElement element = value != null ? ArrayElement.of( value ) : document.isEmpty() ? null : ArrayElement.of( document );
		return new MqlCommand.ArrayUpdate( array.collection(), array.array(), change,
				owner.size() == 1 ? owner.get( 0 ) : new Filter.And( owner ), element, position, array.array().positionBase() );
	}

	private void bind(ColumnValueBinding binding) {
		String column = binding.getColumnReference().getColumnExpression();
		Operand operand = TableMutationTranslator.value( context, binding );
		if ( array.isKey( column ) ) {
			owner.add( new Filter.Comparison( array.path( column ), Filter.Operator.EQ, operand ) );
		}
		else if ( array.isPosition( column ) ) {
			position = operand;
		}
		else {
			String path = array.elementPath( column );
			if ( path == null ) {
				throw context.refuse( "The column '" + column + "' of the collection table '" + array.table() + "'" );
			}
			if ( path.isEmpty() ) {
				value = operand;
			}
			else {
				document.put( path, operand );
			}
		}
	}

	private void refuseWhereFragment(String whereFragment) {
		if ( whereFragment != null && !whereFragment.isBlank() ) {
			throw context.refuse( "@SQLRestriction/@Where on an element collection ('" + whereFragment + "')" );
		}
	}
}
