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

/**
 * One JDBC batch of inserts as one ordered {@code insertMany}. Without a transaction, a failed
 * {@code insertMany} removes the documents it did insert before the failure, so a rejected batch leaves
 * the collection as it was.
 */
final class InsertBatch {

	private static final InsertManyOptions ORDERED = new InsertManyOptions().ordered( true );

	private InsertBatch() {
	}

	static int[] insert(SessionDatabase database, MqlCommand.Insert insert, List<BsonDocument> documents) throws SQLException {
		try {
			database.insertMany( insert.collection(), documents, ORDERED );
		}
		catch (MongoBulkWriteException e) {
			int failedAt = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get( 0 ).getIndex();
			if ( !database.inTransaction() && failedAt > 0 ) {
				BsonArray inserted = new BsonArray();
				documents.subList( 0, failedAt ).forEach( document -> inserted.add( document.get( "_id" ) ) );
				database.deleteMany( insert.collection(), new BsonDocument( "_id", new BsonDocument( "$in", inserted ) ) );
			}
			SQLException translated = Errors.translate( e, insert.text() );
			throw new BatchUpdateException( translated.getMessage(), translated.getSQLState(), translated.getErrorCode(),
					new int[0], e );
		}
		catch (MongoException e) {
			throw Errors.translate( e, insert.text() );
		}
		int[] counts = new int[documents.size()];
		Arrays.fill( counts, 1 );
		return counts;
	}
}
