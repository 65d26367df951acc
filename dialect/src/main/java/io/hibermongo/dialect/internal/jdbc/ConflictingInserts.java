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
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.WriteModel;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * Inserts with {@code on conflict} ({@link MqlCommand.OnConflict}). {@code do nothing}: the rows that
 * conflict are skipped and not counted; any other failure leaves nothing of the statement behind (inside
 * a transaction its abort does that; without one the documents it inserted are deleted again, as for a
 * failed insert batch, {@link InsertBatch}). {@code do update}: row by row, see {@link #merging}.
 */
final class ConflictingInserts {

	/** MongoDB's DuplicateKey error code. */
	private static final int DUPLICATE_KEY = 11000;

	private ConflictingInserts() {
	}

	/**
	 * Inserts {@code documents}, skipping those that conflict or updating the documents they conflict with;
	 * returns how many rows were inserted or updated. {@code values} are the statement's parameters.
	 */
	static long insert(SessionDatabase database, MqlCommand command, MqlCommand.OnConflict conflicts, List<BsonDocument> documents,
			Values values) throws SQLException {
		if ( !conflicts.doNothing() ) {
			return merging( database, command.collection(), conflicts, documents, values );
		}
		return conflicts.paths().isEmpty() ? skippingDuplicates( database, command, documents ) : upserting( database, command, conflicts, documents );
	}

	/**
	 * {@code do update}, row by row as H2's {@code MERGE}: an {@code aggregate} finds the document holding
	 * the row's values at the conflict fields, adds the row as {@value MqlCommand.OnConflict#EXCLUDED}, keeps
	 * it when the condition holds and computes the assigned values, which are written by {@code _id}; a row
	 * whose values no document holds is inserted. Without a transaction the rows before a failing one stay
	 * written, and each row's read and write are separate commands.
	 */
	private static long merging(SessionDatabase database, String collection, MqlCommand.OnConflict conflicts, List<BsonDocument> documents,
			Values values) {
		List<String> paths = new ArrayList<>( conflicts.assignments().keySet() );
		List<String> keys = new ArrayList<>();
		BsonDocument project = new BsonDocument( "_id", new BsonInt32( 1 ) );
		for ( int i = 0; i < paths.size(); i++ ) {
			keys.add( "v" + i );
			project.append( "v" + i, conflicts.assignments().get( paths.get( i ) ).toBson( values ) );
		}
		long count = 0;
		for ( BsonDocument document : documents ) {
			BsonDocument key = key( conflicts, document );
			if ( key != null ) {
				List<BsonDocument> pipeline = new ArrayList<>();
				pipeline.add( new BsonDocument( "$match", key ) );
				pipeline.add( new BsonDocument( "$addFields",
						new BsonDocument( MqlCommand.OnConflict.EXCLUDED, new BsonDocument( "$literal", document ) ) ) );
				if ( conflicts.where() != null ) {
					pipeline.add( new BsonDocument( "$match", conflicts.where().toBson( values ) ) );
				}
				pipeline.add( new BsonDocument( "$project", project ) );
				long updated;
				try ( MongoCursor<BsonDocument> rows = database.aggregate( collection, pipeline ).iterator() ) {
					updated = new ComputedUpdate( database ).write( collection, paths, rows, "_id", keys );
				}
				if ( updated > 0 || database.countDocuments( collection, key ) > 0 ) {
					count += updated;
					continue;
				}
			}
			database.insertOne( collection, document );
			count++;
		}
		return count;
	}

	/** The row's values at the conflict fields, or null when one is NULL (a row that conflicts with nothing). */
	private static BsonDocument key(MqlCommand.OnConflict conflicts, BsonDocument document) {
		BsonDocument key = new BsonDocument();
		for ( String path : conflicts.paths() ) {
			BsonValue value = document.get( path );
			if ( value == null || value.isNull() ) {
				return null;
			}
			key.append( path, value );
		}
		return key;
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
	private static long upserting(SessionDatabase database, MqlCommand command, MqlCommand.OnConflict conflicts,
			List<BsonDocument> documents) throws SQLException {
		List<WriteModel<BsonDocument>> writes = new ArrayList<>( documents.size() );
		for ( BsonDocument document : documents ) {
			BsonDocument key = key( conflicts, document );
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
