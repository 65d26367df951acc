package io.hibermongo.dialect.internal.jdbc;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.UpdateOptions;
import io.hibermongo.dialect.internal.id.CounterCollection;
import io.hibermongo.dialect.internal.mql.IdentityCounter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;

/**
 * The counter commands behind sequences, table generators and IDENTITY: handing out values, creating
 * a counter, and taking one block of ids for the documents of an IDENTITY insert. They run outside any
 * transaction ({@link MongoConnection#databaseFor}), like relational sequences.
 */
final class CounterCommands {

	private CounterCommands() {
	}

	/** One row, one column: the value handed out. */
	static ResultSet next(SessionDatabase database, MqlCommand.CounterIncrement next, Statement statement) {
		long value = counters( database, next.collection() ).next( next.counter(), next.increment(), next.initialValue() );
		BsonDocument row = new BsonDocument( MqlCommand.CounterIncrement.FIELD, new BsonInt64( value ) );
		return new MongoResultSet( statement, List.of( row ).iterator(), next.columns(), null );
	}

	/** Creates the counter document unless it exists (an upsert with {@code $setOnInsert}). */
	static long init(SessionDatabase database, MqlCommand.CounterInit init, Values values) {
		database.updateOne( init.collection(), new BsonDocument( "_id", values.of( init.id() ) ),
				new BsonDocument( "$setOnInsert", new BsonDocument( init.field(), values.of( init.value() ) ) ),
				new UpdateOptions().upsert( true ) );
		return 1;
	}

	/**
	 * Takes one block of ids for all {@code documents} from the IDENTITY counter (one round trip per
	 * batch) and puts each first in its document; adds them to {@code generatedKeys} unless it is null.
	 */
	static List<BsonDocument> assignIdentities(SessionDatabase database, IdentityCounter identity, List<BsonDocument> documents,
			List<BsonValue> generatedKeys) {
		long first = counters( database, identity.collection() ).next( identity.counter(), documents.size(), identity.initialValue() );
		List<BsonDocument> identified = new ArrayList<>( documents.size() );
		for ( int i = 0; i < documents.size(); i++ ) {
			BsonValue id = identity.id( first + i );
			BsonDocument document = new BsonDocument( "_id", id );
			document.putAll( documents.get( i ) );
			identified.add( document );
			if ( generatedKeys != null ) {
				generatedKeys.add( id );
			}
		}
		return identified;
	}

	private static CounterCollection counters(SessionDatabase database, String name) {
		return new CounterCollection( database.database(), name, MqlCommand.CounterIncrement.FIELD );
	}
}
