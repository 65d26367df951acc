package io.hibermongo.embedded.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * The condition that matches an array element equal to a row's element columns, applied to each element
 * as to a top-level document (inside {@code $pull} and {@code $elemMatch}). A basic element is matched by
 * its value; a sub-document by every mapped leaf field, a NULL one as <code>{path: null}</code> (NULL or
 * missing), so an element matches only when all its mapped fields are equal, whatever their order.
 */
final class ElementMatch {

	private final List<String> paths;

	ElementMatch(Collection<String> paths) {
		this.paths = paths.stream().sorted().toList();
	}

	/** Whether the element is a basic value rather than a sub-document. */
	boolean isValue() {
		return paths.equals( List.of( "" ) );
	}

	/** The condition on the fields of {@code element} under {@code prefix} ({@code ""} for all). */
	BsonDocument condition(BsonValue element, String prefix) {
		BsonDocument condition = new BsonDocument();
		for ( String path : paths ) {
			if ( prefix.isEmpty() || path.equals( prefix ) || path.startsWith( prefix + "." ) ) {
				BsonValue value = valueAt( element, path );
				condition.append( path, value == null ? BsonNull.VALUE : value );
			}
		}
		return condition;
	}

	/**
	 * One condition matching any of {@code conditions}: the single one, <code>{path: {$in: […]}}</code>
	 * when each tests the same one field, else <code>{$or: […]}</code>.
	 */
	static BsonDocument any(List<BsonDocument> conditions) {
		if ( conditions.size() == 1 ) {
			return conditions.get( 0 );
		}
		String field = conditions.get( 0 ).size() == 1 ? conditions.get( 0 ).getFirstKey() : null;
		if ( field != null && conditions.stream().allMatch( c -> c.size() == 1 && c.containsKey( field ) ) ) {
			BsonArray values = new BsonArray();
			conditions.forEach( c -> values.add( c.get( field ) ) );
			return new BsonDocument( field, new BsonDocument( "$in", values ) );
		}
		return new BsonDocument( "$or", new BsonArray( new ArrayList<>( conditions ) ) );
	}

	private static BsonValue valueAt(BsonValue element, String path) {
		BsonValue value = element;
		for ( String segment : path.split( "\\." ) ) {
			if ( !( value instanceof BsonDocument document ) ) {
				return null;
			}
			value = document.get( segment );
		}
		return value;
	}
}
