package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

/**
 * Runs the row changes of a collection table: the rows of one execution or JDBC batch are grouped by
 * owner (in the order owners first appear), each group becomes the statements the array layout gives
 * for it, and all of them run as one ordered {@code bulkWrite}, so a batch costs one command whatever the
 * number of rows and owners. Every row reports 1 when the statements matched as many documents as they
 * expect, else 0, which Hibernate reports as a stale owner.
 */
final class ArrayUpdates {

	private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered( true );

	private ArrayUpdates() {
	}

	/** The rows of {@code rows} grouped by their owner's filter, in the order owners first appear. */
	static Map<BsonDocument, List<ArrayRow>> byOwner(MqlCommand.ArrayUpdate command, List<BsonValue[]> rows) {
		Map<BsonDocument, List<ArrayRow>> owners = new LinkedHashMap<>();
		for ( BsonValue[] row : rows ) {
			Values values = Values.bound( row );
			owners.computeIfAbsent( command.owner().toBson( values ), owner -> new ArrayList<>() ).add( command.row( values ) );
		}
		return owners;
	}

	static int[] run(SessionDatabase database, MqlCommand.ArrayUpdate command, List<BsonValue[]> rows) throws SQLException {
		List<WriteModel<BsonDocument>> writes = new ArrayList<>();
		int expected = 0;
		for ( Map.Entry<BsonDocument, List<ArrayRow>> owner : byOwner( command, rows ).entrySet() ) {
			for ( ArrayWrite write : command.writes( owner.getKey(), owner.getValue() ) ) {
				writes.add( new UpdateOneModel<>( write.filter(), write.update(), new UpdateOptions().arrayFilters(
						write.arrayFilters().isEmpty() ? null : List.<Bson>copyOf( write.arrayFilters() ) ) ) );
				expected += write.matches();
			}
		}
		long matched;
		try {
			matched = database.bulkWrite( command.collection(), writes, ORDERED ).getMatchedCount();
		}
		catch (MongoException e) {
			throw Errors.translate( e, command.text() );
		}
		return BatchRowCounts.unread( rows.size(), matched >= expected ? rows.size() : 0 );
	}
}
