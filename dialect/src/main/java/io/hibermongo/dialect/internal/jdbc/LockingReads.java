package io.hibermongo.dialect.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoException;
import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Runs a {@link MqlCommand.LockingRead}: inside the connection's MongoDB transaction, reads the documents
 * (all of them, before the first row is returned) and writes the lock field of each by {@code _id}, one
 * {@code updateMany}. MongoDB's snapshot isolation makes that exact: the write conflicts if another
 * transaction has written or locked a document since this transaction's snapshot, so a lock that succeeds
 * means the rows read are the latest committed ones, and until this transaction ends every other
 * transaction that writes or locks them gets a write conflict (a write outside transactions waits).
 * A conflict never waits: it aborts the transaction at once, as {@code NOWAIT} would.
 * <p>
 * Outside a transaction nothing could hold the lock, so the read is refused, naming why there is none.
 */
final class LockingReads {

	private LockingReads() {
	}

	static ResultSet find(SessionDatabase database, MqlCommand.LockingRead read, Values values, int fetchSize, int maxRows,
			Statement statement, String noTransaction) throws SQLException {
		if ( noTransaction != null ) {
			throw new FeatureNotSupportedException( "Pessimistic locking (" + read.lockMode() + ") outside a MongoDB transaction is not supported: "
					+ noTransaction + "; MongoDB holds a document lock only as a write in a transaction (in " + read.text() + ")" );
		}
		List<BsonDocument> documents = ReadCommands.cursor( database, read.find(), values, fetchSize, maxRows )
				.projection( read.projection() ).into( new ArrayList<>() );
		Set<BsonValue> ids = new LinkedHashSet<>();
		for ( BsonDocument document : documents ) {
			ids.add( document.get( "_id" ) );
		}
		if ( !ids.isEmpty() ) {
			try {
				database.updateMany( read.collection(), new BsonDocument( "_id", new BsonDocument( "$in", new BsonArray( new ArrayList<>( ids ) ) ) ),
						MqlCommand.LockingRead.LOCK_WRITE );
			}
			catch (MongoException e) {
				throw Errors.translate( e, "locking (" + read.lockMode() + ") the " + ids.size() + " documents read by " + read.text() );
			}
		}
		return new MongoResultSet( statement, documents.iterator(), read.find().columns(), null );
	}
}
