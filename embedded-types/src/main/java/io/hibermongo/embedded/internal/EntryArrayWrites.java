package io.hibermongo.embedded.internal;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Maps, stored as arrays of <code>{k: key, v: value}</code> entries: an added entry is pushed, a removed
 * one pulled by its key (<code>{$pull: {scores: {k: key}}}</code>), and a changed value set in place
 * through the positional operator: <code>{q: {…owner, scores: {$elemMatch: {k: key}}}, u: {$set:
 * {"scores.$.v": value}}}</code>, one statement per entry (each matches the owner only while it holds the
 * key). An embeddable key is matched on all its fields.
 */
final class EntryArrayWrites extends ArrayWrites {

	private final ElementMatch match;

	EntryArrayWrites(String field, ElementMatch match) {
		super( field );
		this.match = match;
	}

	@Override
	List<ArrayWrite> insert(BsonDocument owner, List<ArrayRow> rows) {
		return push( owner, rows );
	}

	@Override
	List<ArrayWrite> update(BsonDocument owner, List<ArrayRow> rows) {
		List<ArrayWrite> writes = new ArrayList<>( rows.size() );
		for ( ArrayRow row : rows ) {
			BsonDocument filter = owner( owner, field, new BsonDocument( "$elemMatch", match.condition( row.element(), "k" ) ) );
			BsonValue value = row.element().asDocument().get( "v" );
			BsonDocument update = value == null
					? operator( "$unset", field + ".$.v", new BsonString( "" ) )
					: operator( "$set", field + ".$.v", value );
			writes.add( new ArrayWrite( filter, update, 1 ) );
		}
		return writes;
	}

	@Override
	List<ArrayWrite> delete(BsonDocument owner, List<ArrayRow> rows) {
		List<BsonDocument> keys = new ArrayList<>( rows.size() );
		rows.forEach( row -> keys.add( match.condition( row.element(), "k" ) ) );
		return List.of( new ArrayWrite( owner, operator( "$pull", field, ElementMatch.any( keys ) ), 1 ) );
	}
}
