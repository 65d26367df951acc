package io.hibermongo.dialect.internal.nativequery;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

import com.mongodb.MongoException;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The documents of a server cursor opened by a {@code find} or {@code aggregate} command run as a
 * command: the first batch from the reply, then {@code getMore} on the same session until the server
 * reports the cursor exhausted. Closing it early kills the server cursor.
 */
public final class CommandCursor implements Iterator<BsonDocument>, AutoCloseable {

	private final UnaryOperator<BsonDocument> run;
	private final String collection;
	private final int batchSize;
	private Iterator<BsonValue> batch;
	private long id;

	/** {@code run} sends a command (on the session the cursor's command used) and returns the reply. */
	CommandCursor(UnaryOperator<BsonDocument> run, String collection, BsonDocument reply, int batchSize) {
		this.run = run;
		this.batchSize = batchSize;
		BsonDocument cursor = reply.getDocument( "cursor" );
		String namespace = cursor.getString( "ns", new BsonString( "" ) ).getValue();
		this.collection = namespace.indexOf( '.' ) > 0 ? namespace.substring( namespace.indexOf( '.' ) + 1 ) : collection;
		this.id = cursor.getNumber( "id" ).longValue();
		this.batch = cursor.getArray( "firstBatch" ).iterator();
	}

	@Override
	public boolean hasNext() {
		while ( !batch.hasNext() && id != 0 ) {
			BsonDocument getMore = new BsonDocument( "getMore", new BsonInt64( id ) ).append( "collection", new BsonString( collection ) );
			if ( batchSize > 0 ) {
				getMore.append( "batchSize", new BsonInt32( batchSize ) );
			}
			BsonDocument cursor = run.apply( getMore ).getDocument( "cursor" );
			id = cursor.getNumber( "id" ).longValue();
			batch = cursor.getArray( "nextBatch" ).iterator();
		}
		return batch.hasNext();
	}

	@Override
	public BsonDocument next() {
		if ( !hasNext() ) {
			throw new NoSuchElementException();
		}
		return batch.next().asDocument();
	}

	/** Kills the server cursor if documents are left; a failure to do so only leaves it to time out. */
	@Override
	public void close() {
		if ( id != 0 ) {
			long open = id;
			id = 0;
			try {
				run.apply( new BsonDocument( "killCursors", new BsonString( collection ) )
						.append( "cursors", new BsonArray( List.of( new BsonInt64( open ) ) ) ) );
			}
			catch (MongoException e) {
				// the server reaps idle cursors itself
			}
		}
	}
}
