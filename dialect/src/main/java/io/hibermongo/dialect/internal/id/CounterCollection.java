package io.hibermongo.dialect.internal.id;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The counters of one counter collection (default {@code hibernate_sequences}): one document per counter,
 * <code>{_id: &lt;name&gt;, &lt;field&gt;: &lt;long&gt;}</code>, where the field holds the next value to hand out.
 * <p>
 * Values are handed out with one atomic {@code findOneAndUpdate} + {@code $inc}, reading the document
 * as it was before ({@link ReturnDocument#BEFORE}) and adding the increment on the client, so no value
 * is handed out twice however many clients share the counter. Counter commands never join a
 * transaction: like a relational sequence, a value once handed out stays used.
 */
public final class CounterCollection {

	private static final int DUPLICATE_KEY = 11000;
	private static final int TYPE_MISMATCH = 14;

	private final MongoCollection<BsonDocument> collection;
	private final String field;

	public CounterCollection(MongoDatabase database, String name, String field) {
		this.collection = database.getCollection( name, BsonDocument.class );
		this.field = field;
	}

	public String name() {
		return collection.getNamespace().getCollectionName();
	}

	/**
	 * Hands out the counter's next value and moves the counter {@code increment} further. A counter that
	 * does not exist is created holding {@code initialValue + increment}, and {@code initialValue} is
	 * handed out; when two clients create it at once, the loser increments the winner's document.
	 */
	public long next(String counter, long increment, long initialValue) {
		BsonDocument filter = new BsonDocument( "_id", new BsonString( counter ) );
		BsonDocument inc = new BsonDocument( "$inc", new BsonDocument( field, new BsonInt64( increment ) ) );
		FindOneAndUpdateOptions before = new FindOneAndUpdateOptions().returnDocument( ReturnDocument.BEFORE );
		while ( true ) {
			BsonDocument previous;
			try {
				previous = collection.findOneAndUpdate( filter, inc, before );
			}
			catch (MongoException e) {
				if ( e.getCode() == TYPE_MISMATCH ) {
					throw notAnInteger( counter, currentValue( counter ), e );
				}
				throw e;
			}
			if ( previous != null ) {
				return integer( counter, previous.get( field ) );
			}
			try {
				collection.insertOne( new BsonDocument( "_id", new BsonString( counter ) )
						.append( field, new BsonInt64( Math.addExact( initialValue, increment ) ) ) );
				return initialValue;
			}
			catch (MongoException e) {
				if ( e.getCode() != DUPLICATE_KEY ) {
					throw e;
				}
			}
		}
	}

	/** The value the counter holds, or null when there is no such counter. */
	public BsonValue currentValue(String counter) {
		BsonDocument document = collection.find( new BsonDocument( "_id", new BsonString( counter ) ) ).first();
		return document == null ? null : document.get( field, null );
	}

	/**
	 * Raises the counter to at least {@code value} ({@code $max}, creating it if missing); never lowers it,
	 * so a reseed racing with generators cannot make them repeat a value.
	 */
	public void raiseTo(String counter, long value) {
		collection.updateOne( new BsonDocument( "_id", new BsonString( counter ) ),
				new BsonDocument( "$max", new BsonDocument( field, new BsonInt64( value ) ) ),
				new UpdateOptions().upsert( true ) );
	}

	/** Creates the counter holding {@code value} unless it exists. */
	public void createIfMissing(String counter, long value) {
		collection.updateOne( new BsonDocument( "_id", new BsonString( counter ) ),
				new BsonDocument( "$setOnInsert", new BsonDocument( field, new BsonInt64( value ) ) ),
				new UpdateOptions().upsert( true ) );
	}

	/** The value as a long, if it is an integer (a double with no fraction counts). */
	long integer(String counter, BsonValue value) {
		if ( value != null && ( value.isInt32() || value.isInt64() ) ) {
			return value.asNumber().longValue();
		}
		if ( value != null && value.isDouble() && value.asDouble().getValue() == Math.rint( value.asDouble().getValue() ) ) {
			return (long) value.asDouble().getValue();
		}
		throw notAnInteger( counter, value, null );
	}

	private IllegalStateException notAnInteger(String counter, BsonValue value, Exception cause) {
		return new IllegalStateException( "The counter '" + counter + "' in collection '" + name() + "' holds "
				+ ( value == null ? "no '" + field + "' field" : field + " = " + value + " (" + value.getBsonType() + ")" )
				+ ", not an integer; no id was handed out. Set it to an integer above the highest id in use, e.g. with "
				+ "io.hibermongo.dialect.MongoSequences.reseed()", cause );
	}
}
