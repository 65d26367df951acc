package io.hibermongo.embedded.internal;

import java.util.List;
import java.util.TreeSet;

import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * {@code @OrderColumn} lists: the order column is the element's index in the array, so each row is one
 * array slot and a change writes only the slots it touches, never the whole array.
 * <ul>
 * <li>Changed rows: <code>{$set: {"phones.3": e}}</code>.</li>
 * <li>Added rows: the same {@code $set} of their slots (MongoDB pads a gap with NULLs) while the array
 *     exists; when the owner has no array yet, a second statement, whose filter excludes the first's,
 *     sets the whole array from the rows: <code>{q: {…, phones: {$exists: false}}, u: {$set: {phones:
 *     [e0, e1]}}}</code>.</li>
 * <li>Removed rows: Hibernate removes the tail of a list that got shorter, and the rows of elements set to
 *     NULL. When the removed slots are contiguous and reach the end of the array, the array is cut there
 *     (<code>{$push: {phones: {$each: [], $slice: k}}}</code>); otherwise (the filters exclude each other)
 *     the slots are set to NULL.</li>
 * </ul>
 * A NULL slot is what a missing row is relationally: it is read as no row, so a list with a NULL in the
 * middle reads back with a NULL there, and NULLs left at the end (after a flush that both shortened a list
 * and set a NULL in it) read as nothing.
 */
final class PositionalArrayWrites extends ArrayWrites {

	PositionalArrayWrites(String field) {
		super( field );
	}

	@Override
	List<ArrayWrite> insert(BsonDocument owner, List<ArrayRow> rows) {
		BsonDocument slots = new BsonDocument();
		rows.forEach( row -> slots.append( slot( row.position(), 0 ), row.element() ) );
		BsonArray whole = new BsonArray();
		for ( ArrayRow row : rows ) {
			if ( row.position() instanceof BsonDocument ) {
				whole.add( row.element() );
			}
			else {
				int position = row.position().asNumber().intValue();
				while ( whole.size() <= position ) {
					whole.add( BsonNull.VALUE );
				}
				whole.set( position, row.element() );
			}
		}
		return List.of(
				new ArrayWrite( owner( owner, field, exists( true ) ), new BsonDocument( "$set", slots ), 1 ),
				new ArrayWrite( owner( owner, field, exists( false ) ), operator( "$set", field, whole ), 0 ) );
	}

	@Override
	List<ArrayWrite> update(BsonDocument owner, List<ArrayRow> rows) {
		BsonDocument slots = new BsonDocument();
		rows.forEach( row -> slots.append( slot( row.position(), 0 ), row.element() ) );
		return List.of( new ArrayWrite( owner, new BsonDocument( "$set", slots ), 1 ) );
	}

	@Override
	List<ArrayWrite> delete(BsonDocument owner, List<ArrayRow> rows) {
		BsonDocument nulls = new BsonDocument();
		rows.forEach( row -> nulls.append( slot( row.position(), 0 ), BsonNull.VALUE ) );
		BsonValue first = rows.get( 0 ).position();
		BsonValue last = first;
		if ( !( first instanceof BsonDocument ) ) {
			TreeSet<Integer> positions = new TreeSet<>();
			rows.forEach( row -> positions.add( row.position().asNumber().intValue() ) );
			if ( positions.last() - positions.first() + 1 != positions.size() ) {
				return List.of( new ArrayWrite( owner, new BsonDocument( "$set", nulls ), 1 ) );
			}
			first = new BsonInt32( positions.first() );
			last = new BsonInt32( positions.last() );
		}
		String after = slot( last, 1 );
		BsonDocument cut = new BsonDocument( "$each", new BsonArray() ).append( "$slice", first );
		return List.of(
				new ArrayWrite( owner( owner, after, exists( false ) ), operator( "$push", field, cut ), 1 ),
				new ArrayWrite( owner( owner, after, exists( true ) ), new BsonDocument( "$set", nulls ), 0 ) );
	}

	/**
	 * The path of the array slot at {@code position + offset}; in the statement text, where the position is
	 * a parameter, <code>phones.$[p3]</code> (plus {@code +offset}).
	 */
	private String slot(BsonValue position, int offset) {
		if ( position instanceof BsonDocument parameter ) {
			String name = "p" + parameter.get( "$param" ).asNumber().intValue();
			return field + ".$[" + name + ( offset == 0 ? "" : "+" + offset ) + "]";
		}
		return field + "." + ( position.asNumber().intValue() + offset );
	}

	private static BsonDocument exists(boolean exists) {
		return new BsonDocument( "$exists", BsonBoolean.valueOf( exists ) );
	}
}
