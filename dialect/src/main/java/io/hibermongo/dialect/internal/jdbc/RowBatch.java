package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.BsonValue;

/**
 * One JDBC batch of entity row updates or deletes (one document each, plain values) as one ordered
 * {@code bulkWrite}, each row reporting what happened to it ({@link BatchRowCounts}), so Hibernate's
 * stale-state check names the entity whose row did not match. When the server stops at a row's error,
 * the rows before it ran, that row and the later ones did not: the batch fails with a
 * {@link java.sql.BatchUpdateException} holding the counts of the rows before the error.
 */
final class RowBatch {

	private static final Logger LOG = Logger.getLogger( RowBatch.class.getName() );

	private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered( true );

	private RowBatch() {
	}

	/** Entity row updates and deletes (one document each, plain values) fit one ordered {@code bulkWrite}. */
	static boolean fits(MqlCommand command) {
		return command instanceof MqlCommand.Update update && !update.isComputed() && !update.multi()
				|| command instanceof MqlCommand.Delete delete && !delete.multi();
	}

	static int[] write(SessionDatabase database, MqlCommand command, List<BsonValue[]> rows) throws SQLException {
		List<Values> bound = new ArrayList<>( rows.size() );
		List<WriteModel<BsonDocument>> writes = new ArrayList<>( rows.size() );
		for ( BsonValue[] row : rows ) {
			Values values = Values.bound( row );
			bound.add( values );
			writes.add( write( command, values ) );
		}
		BulkWriteResult result;
		try {
			result = database.bulkWrite( command.collection(), writes, ORDERED );
		}
		catch (MongoBulkWriteException e) {
			int failedAt = e.getWriteErrors().isEmpty() ? rows.size() : e.getWriteErrors().get( 0 ).getIndex();
			int[] counts = counts( database, command, bound.subList( 0, failedAt ), applied( command, e.getWriteResult() ), e );
			throw Errors.batchFailure( e, command.text(), counts );
		}
		catch (MongoException | IllegalStateException | BsonMaximumSizeExceededException e) {
			throw Errors.translate( e, command.text() );
		}
		return counts( database, command, bound, applied( command, result ), null );
	}

	/**
	 * The counts of {@code rows}, of which the server reports {@code applied} as applied. A shortfall is
	 * attributed by reading the rows' documents, except after a write error in a transaction, which the
	 * server has aborted; a failed read leaves it unattributed ({@link BatchRowCounts#unread}).
	 */
	private static int[] counts(SessionDatabase database, MqlCommand command, List<Values> rows, long applied, MongoException failure) {
		if ( applied >= rows.size() || failure != null && database.inTransaction() ) {
			return BatchRowCounts.unread( rows.size(), applied );
		}
		try {
			return BatchRowCounts.read( database, command, rows, applied );
		}
		catch (MongoException | IllegalStateException readFailure) {
			if ( failure != null ) {
				failure.addSuppressed( readFailure );
			}
			else {
				LOG.log( Level.WARNING, "Could not read which rows of a batch did not match; every row reports 0: " + command.text(), readFailure );
			}
			return BatchRowCounts.unread( rows.size(), applied );
		}
	}

	private static WriteModel<BsonDocument> write(MqlCommand command, Values values) {
		if ( command instanceof MqlCommand.Update update ) {
			return new UpdateOneModel<>( update.filter().toBson( values ), update.update( values ).asDocument(),
					new UpdateOptions().upsert( update.upsert() ) );
		}
		return new DeleteOneModel<>( ( (MqlCommand.Delete) command ).filter().toBson( values ) );
	}

	/** The rows the server reports as applied: matched or upserted for updates, deleted for deletes. */
	private static long applied(MqlCommand command, BulkWriteResult result) {
		return command instanceof MqlCommand.Update ? result.getMatchedCount() + result.getUpserts().size() : result.getDeletedCount();
	}
}
