package io.hibermongo.dialect.internal.jdbc;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.AggregateIterable;
import com.mongodb.client.FindIterable;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;

/**
 * Reads: a {@code find} or an {@code aggregate} becomes a result set over the driver's cursor, which
 * fetches {@code fetchSize} documents a round trip and stops at JDBC's {@code maxRows}.
 */
final class ReadCommands {

	private ReadCommands() {
	}

	static ResultSet find(SessionDatabase database, MqlCommand.Find find, Values values, int fetchSize, int maxRows, Statement statement) {
		return new MongoResultSet( statement, cursor( database, find, values, fetchSize, maxRows ).iterator(), find.columns(), null );
	}

	/** The driver's cursor of {@code find}: filter, projection, sort, skip, limit (JDBC's {@code maxRows} too) and batch size. */
	static FindIterable<BsonDocument> cursor(SessionDatabase database, MqlCommand.Find find, Values values, int fetchSize, int maxRows) {
		FindIterable<BsonDocument> found = database.find( find.collection(), find.filter().toBson( values ) );
		found.projection( find.columns().projection() );
		if ( !find.sort().isEmpty() ) {
			found.sort( find.sort() );
		}
		if ( find.skip() != null ) {
			found.skip( values.of( find.skip() ).asNumber().intValue() );
		}
		int limit = find.limit() == null ? 0 : values.of( find.limit() ).asNumber().intValue();
		if ( maxRows > 0 && ( limit == 0 || maxRows < limit ) ) {
			limit = maxRows;
		}
		found.limit( limit );
		if ( fetchSize > 0 ) {
			found.batchSize( fetchSize );
		}
		return found;
	}

	static ResultSet aggregate(SessionDatabase database, MqlCommand.Aggregate aggregate, Values values, int fetchSize, Statement statement) {
		List<BsonDocument> pipeline = new ArrayList<>( aggregate.pipeline().size() );
		for ( Stage stage : aggregate.pipeline() ) {
			pipeline.add( stage.toBson( values ) );
		}
		AggregateIterable<BsonDocument> result = database.aggregate( aggregate.collection(), pipeline );
		if ( fetchSize > 0 ) {
			result.batchSize( fetchSize );
		}
		return new MongoResultSet( statement, result.iterator(), aggregate.columns(), aggregate.emptyGroupRow() );
	}
}
