package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import org.bson.BsonValue;

/**
 * One JDBC batch of entity row updates or deletes (one document each, plain values) as one ordered
 * {@code bulkWrite}. A bulk write reports only the total matched count: when it falls short, every row
 * reports 0 so Hibernate raises its stale-state (optimistic lock) error for the batch.
 */
final class RowBatch {

	private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered( true );

	private RowBatch() {
	}

	/** Entity row updates and deletes (one document each, plain values) fit one ordered {@code bulkWrite}. */
	static boolean fits(MqlCommand command) {
		return command instanceof MqlCommand.Update update && !update.isComputed() && !update.multi()
				|| command instanceof MqlCommand.Delete delete && !delete.multi();
	}

	static int[] write(SessionDatabase database, MqlCommand command, List<BsonValue[]> rows) throws SQLException {
		List<WriteModel<BsonDocument>> writes = new ArrayList<>( rows.size() );
		for ( BsonValue[] row : rows ) {
			writes.add( write( command, Values.bound( row ) ) );
		}
		BulkWriteResult result;
		try {
			result = database.bulkWrite( command.collection(), writes, ORDERED );
		}
		catch (MongoException e) {
			throw Errors.translate( e, command.text() );
		}
		long applied = command instanceof MqlCommand.Update ? result.getMatchedCount() + result.getUpserts().size() : result.getDeletedCount();
		int[] counts = new int[rows.size()];
		Arrays.fill( counts, applied == rows.size() ? 1 : 0 );
		return counts;
	}

	private static WriteModel<BsonDocument> write(MqlCommand command, Values values) {
		if ( command instanceof MqlCommand.Update update ) {
			return new UpdateOneModel<>( update.filter().toBson( values ), update.update( values ).asDocument(),
					new UpdateOptions().upsert( update.upsert() ) );
		}
		return new DeleteOneModel<>( ( (MqlCommand.Delete) command ).filter().toBson( values ) );
	}
}
