package io.hibermongo.dialect.internal.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.model.InsertManyOptions;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonMaximumSizeExceededException;

/**
 * One JDBC batch of inserts as one ordered {@code insertMany}. Inside a transaction a failure is undone
 * by the transaction's abort. Without one, a failed {@code insertMany} deletes the documents it did
 * insert before the failure (the compensation), so the failing batch leaves nothing behind; earlier
 * batches of the same flush stay. The batch fails with the insert's own error; if the compensation
 * fails too, its error is suppressed on that one and the documents it could not delete stay.
 */
final class InsertBatch {

	private static final InsertManyOptions ORDERED = new InsertManyOptions().ordered( true );

	private InsertBatch() {
	}

	static int[] insert(SessionDatabase database, MqlCommand insert, List<BsonDocument> documents) throws SQLException {
		try {
			database.insertMany( insert.collection(), documents, ORDERED );
		}
		catch (MongoBulkWriteException e) {
			throw failure( database, insert, documents, e );
		}
		catch (MongoException | BsonMaximumSizeExceededException e) {
			// a failure without a write result (the network, a document over the size limit found while
			// sending a later part of the batch) leaves an unknown prefix of the batch
			throw Errors.translate( e, insert.text() );
		}
		int[] counts = new int[documents.size()];
		Arrays.fill( counts, 1 );
		return counts;
	}

	/**
	 * The batch's error, after the compensation. Its update counts are those of the rows that stay
	 * inserted before the failure: none once compensated, all of them when a transaction will abort
	 * them or the compensation failed.
	 */
	private static BatchUpdateException failure(SessionDatabase database, MqlCommand insert, List<BsonDocument> documents,
			MongoBulkWriteException e) {
		// ordered: exactly the documents before the first write error went in (all of them when only the write concern failed)
		int inserted = e.getWriteErrors().isEmpty() ? documents.size() : e.getWriteErrors().get( 0 ).getIndex();
		RuntimeException compensationFailure = null;
		if ( !database.inTransaction() && inserted > 0 ) {
			try {
				BsonArray ids = new BsonArray();
				documents.subList( 0, inserted ).forEach( document -> ids.add( document.get( "_id" ) ) );
				database.deleteMany( insert.collection(), new BsonDocument( "_id", new BsonDocument( "$in", ids ) ) );
				inserted = 0;
			}
			catch (MongoException | IllegalStateException compensation) {
				compensationFailure = compensation;
			}
		}
		int[] counts = new int[inserted];
		Arrays.fill( counts, 1 );
		BatchUpdateException failure = Errors.batchFailure( e, insert.text(), counts );
		if ( compensationFailure != null ) {
			failure.addSuppressed( compensationFailure );
		}
		return failure;
	}
}
