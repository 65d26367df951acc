package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Inserts with {@code on conflict … do nothing} ({@link MqlCommand.SkipConflicts}): the rows that conflict
 * are skipped and not counted. Any other failure leaves nothing of the statement behind: inside a
 * transaction its abort does that; without one the documents it inserted are deleted again, as for a
 * failed insert batch ({@link InsertBatch}).
 */
final class ConflictingInserts {

	/** MongoDB's DuplicateKey error code. */
	private static final int DUPLICATE_KEY = 11000;

	private ConflictingInserts() {
	}

	/** Inserts {@code documents}, skipping those that conflict; returns how many were inserted. */
	static long insert(SessionDatabase database, MqlCommand command, MqlCommand.SkipConflicts conflicts, List<BsonDocument> documents)
			throws SQLException {
		return conflicts.paths().isEmpty() ? skippingDuplicates( database, command, documents ) : upserting( database, command, conflicts, documents );
	}

	/** An unordered {@code insertMany}: a row breaking any unique index is the only error it may report. */
	private static long skippingDuplicates(SessionDatabase database, MqlCommand command, List<BsonDocument> documents) throws SQLException {
		try {
			database.insertMany( command.collection(), documents, new InsertManyOptions().ordered( false ) );
			return documents.size();
		}
		catch (MongoBulkWriteException e) {
			Set<Integer> failed = new HashSet<>();
			boolean onlyDuplicates = e.getWriteConcernError() == null;
			for ( BulkWriteError error : e.getWriteErrors() ) {
				failed.add( error.getIndex() );
				onlyDuplicates &= error.getCode() == DUPLICATE_KEY;
			}
			if ( onlyDuplicates ) {
				return documents.size() - failed.size();
			}
			List<BsonValue> inserted = new ArrayList<>();
			for ( int i = 0; i < documents.size(); i++ ) {
				if ( !failed.contains( i ) ) {
					inserted.add( documents.get( i ).get( "_id" ) );
				}
			}
			throw failure( database, command, inserted, e );
		}
	}

	/**
	 * One ordered {@code bulkWrite}: per row an upsert on its values at the conflict paths whose
	 * {@code $setOnInsert} holds the rest of its document, or a plain insert when one of those values is
	 * NULL (which conflicts with nothing in SQL).
	 */
	private static long upserting(SessionDatabase database, MqlCommand command, MqlCommand.SkipConflicts conflicts,
			List<BsonDocument> documents) throws SQLException {
		List<WriteModel<BsonDocument>> writes = new ArrayList<>( documents.size() );
		for ( BsonDocument document : documents ) {
			BsonDocument key = new BsonDocument();
			for ( String path : conflicts.paths() ) {
				BsonValue value = document.get( path );
				if ( value == null || value.isNull() ) {
					key = null;
					break;
				}
				key.append( path, value );
			}
			if ( key == null ) {
				writes.add( new InsertOneModel<>( document ) );
			}
			else {
				BsonDocument rest = document.clone();
				conflicts.paths().forEach( rest::remove );
				writes.add( new UpdateOneModel<>( key, new BsonDocument( "$setOnInsert", rest ), new UpdateOptions().upsert( true ) ) );
			}
		}
		try {
			BulkWriteResult result = database.bulkWrite( command.collection(), writes, new BulkWriteOptions().ordered( true ) );
			return result.getUpserts().size() + result.getInsertedCount();
		}
		catch (MongoBulkWriteException e) {
			int stopped = e.getWriteErrors().isEmpty() ? writes.size() : e.getWriteErrors().get( 0 ).getIndex();
			List<BsonValue> inserted = new ArrayList<>();
			for ( BulkWriteUpsert upsert : e.getWriteResult().getUpserts() ) {
				inserted.add( upsert.getId() );
			}
			for ( int i = 0; i < stopped; i++ ) {
				if ( writes.get( i ) instanceof InsertOneModel<BsonDocument> insert ) {
					inserted.add( insert.getDocument().get( "_id" ) );
				}
			}
			throw failure( database, command, inserted, e );
		}
	}


	/** The statement's error, after deleting what it inserted when no transaction will undo it. */
	private static SQLException failure(SessionDatabase database, MqlCommand command, List<BsonValue> inserted, MongoBulkWriteException e) {
		RuntimeException compensationFailure = null;
		if ( !database.inTransaction() && !inserted.isEmpty() ) {
			try {
				database.deleteMany( command.collection(), new BsonDocument( "_id", new BsonDocument( "$in", new BsonArray( inserted ) ) ) );
			}
			catch (RuntimeException compensation) {
				compensationFailure = compensation;
			}
		}
		SQLException failure = Errors.translate( e, command.text() );
		if ( compensationFailure != null ) {
			failure.addSuppressed( compensationFailure );
		}
		return failure;
	}
}
