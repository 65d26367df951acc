package io.hibermongo.dialect.internal.mql;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The counter an IDENTITY id comes from: document {@code counter} (<code>"&lt;collection&gt;._id"</code>) of
 * the counter collection; also a sequence of increment 1 whose block of ids an HQL insert-select takes
 * (document {@code counter} being the sequence). {@code int32} when the id is an {@code int}/{@code Integer},
 * so the stored {@code _id} has the id's own BSON type; {@code initialValue} is the first id of a counter
 * that does not exist yet.
 */
public record IdentityCounter(String collection, String counter, boolean int32, long initialValue) {

	public IdentityCounter(String collection, String counter, boolean int32) {
		this( collection, counter, int32, 1 );
	}

	public static String counterName(String entityCollection) {
		return entityCollection + "._id";
	}

	public BsonValue id(long value) {
		return int32 ? new BsonInt32( Math.toIntExact( value ) ) : new BsonInt64( value );
	}

	/** How the assigned id is shown in the statement text. */
	BsonValue template() {
		return new BsonDocument( "$identity", new BsonString( counter ) );
	}
}
