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
 * one pulled by its key (<code>{$pull: {scores: {k: key}}}</code>), and changed values set in place, all
 * of one owner in one statement with array filters: <code>{$set: {"scores.$[e0].v": value}}</code>,
 * <code>arrayFilters: [{"e0.k": key}]</code>. An embeddable key is matched on all its fields.
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
		BsonDocument set = new BsonDocument();
		BsonDocument unset = new BsonDocument();
		List<BsonDocument> arrayFilters = new ArrayList<>( rows.size() );
		for ( ArrayRow row : rows ) {
			String entry = "e" + arrayFilters.size();
			BsonDocument filter = new BsonDocument();
			match.condition( row.element(), "k" ).forEach( (path, value) -> filter.append( entry + "." + path, value ) );
			arrayFilters.add( filter );
			BsonValue value = row.element().asDocument().get( "v" );
			String path = field + ".$[" + entry + "].v";
			if ( value == null ) {
				unset.append( path, new BsonString( "" ) );
			}
			else {
				set.append( path, value );
			}
		}
		BsonDocument update = new BsonDocument();
		if ( !set.isEmpty() ) {
			update.append( "$set", set );
		}
		if ( !unset.isEmpty() ) {
			update.append( "$unset", unset );
		}
		return List.of( new ArrayWrite( owner, update, arrayFilters, 1 ) );
	}

	@Override
	List<ArrayWrite> delete(BsonDocument owner, List<ArrayRow> rows) {
		List<BsonDocument> keys = new ArrayList<>( rows.size() );
		rows.forEach( row -> keys.add( match.condition( row.element(), "k" ) ) );
		return List.of( new ArrayWrite( owner, operator( "$pull", field, ElementMatch.any( keys ) ), 1 ) );
	}
}
