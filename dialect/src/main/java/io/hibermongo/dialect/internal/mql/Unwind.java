package io.hibermongo.dialect.internal.mql;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * One row per element of the array at {@code path}, as SQL joins a collection table: the element takes
 * the array's place, {@code indexField} holds its array index plus {@code base} (an {@code @OrderColumn}'s
 * value) and, in rows unwound by the client, {@code keyField} the owner's {@code _id}. A NULL element
 * is no row (relationally it is a missing row). {@code outer} keeps one row without element for an owner
 * that has none (a left join).
 */
public record Unwind(String path, String indexField, String keyField, int base, boolean outer) {

	/** The stage as the server runs it: <code>{$unwind: {path: "$tags", includeArrayIndex: "tags#i"}}</code>. */
	public BsonDocument stage() {
		BsonDocument unwind = new BsonDocument( "path", new BsonString( "$" + path ) )
				.append( "includeArrayIndex", new BsonString( indexField ) );
		if ( outer ) {
			unwind.append( "preserveNullAndEmptyArrays", BsonBoolean.TRUE );
		}
		return new BsonDocument( "$unwind", unwind );
	}
}
