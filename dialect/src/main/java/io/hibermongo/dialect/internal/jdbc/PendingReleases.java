package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.mongodb.MongoException;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonValue;

/**
 * The outside values that changes of arrays replaced in elements, released when the flush ends (or the
 * connection commits, rolls back or closes) rather than after their statement: a later statement of the
 * same flush may store the value again in another slot (an {@code @OrderColumn} list shifting its
 * elements rebinds a {@code Blob} read from the store with its reference), which a release between the
 * two statements would delete. The release check then keeps every value some document still references.
 */
final class PendingReleases {

	private final MongoConnection connection;
	private final Map<ReferencingJdbcType, Set<BsonValue>> values = new HashMap<>();

	PendingReleases(MongoConnection connection) {
		this.connection = connection;
	}

	void add(Map<ReferencingJdbcType, Set<BsonValue>> replaced) {
		replaced.forEach( (type, references) -> values.computeIfAbsent( type, t -> new LinkedHashSet<>() ).addAll( references ) );
	}

	/** Deletes those of the pending values that no document references any more. */
	void release() throws SQLException {
		if ( values.isEmpty() ) {
			return;
		}
		Map<ReferencingJdbcType, Set<BsonValue>> releasing = new HashMap<>( values );
		values.clear();
		try {
			connection.referenceTracker().release( releasing, connection.session() );
		}
		catch (MongoException e) {
			throw Errors.translate( e, "releasing the values replaced in arrays" );
		}
	}
}
