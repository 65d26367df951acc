package io.hibermongo.dialect.internal.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * A computed bulk update ({@code set x = x + 1}) for servers without pipeline updates: the server
 * computes the new values with {@code aggregate}, then one {@code bulkWrite} sets them by {@code _id}.
 * Unlike a pipeline update this is not atomic per document against concurrent writers; real MongoDB
 * 4.2+ never takes this path.
 */
final class ComputedUpdate {

	private final SessionDatabase database;

	ComputedUpdate(SessionDatabase database) {
		this.database = database;
	}

	/** {@code $project} of the new values, keeping {@code _id} to address each document. */
	private static BsonDocument projectKeepingId(Map<String, Expression> computed, Values values) {
		BsonDocument project = new Stage.Project( computed ).toBson( values );
		project.getDocument( "$project" ).put( "_id", new BsonInt32( 1 ) );
		return project;
	}

	long apply(MqlCommand.Update update, BsonDocument filter, Values values) {
		Map<String, Expression> computed = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>( update.assignments().keySet() );
		for ( int i = 0; i < paths.size(); i++ ) {
			computed.put( "v" + i, update.assignments().get( paths.get( i ) ) );
		}
		List<BsonDocument> pipeline = List.of(
				new BsonDocument( "$match", filter ),
				projectKeepingId( computed, values ) );
		List<WriteModel<BsonDocument>> writes = new ArrayList<>();
		for ( BsonDocument row : database.aggregate( update.collection(), pipeline ) ) {
			BsonDocument set = new BsonDocument();
			BsonDocument unset = new BsonDocument();
			for ( int i = 0; i < paths.size(); i++ ) {
				BsonValue value = row.get( "v" + i );
				if ( value == null || value.isNull() ) {
					unset.append( paths.get( i ), new BsonString( "" ) );
				}
				else {
					set.append( paths.get( i ), value );
				}
			}
			BsonDocument change = new BsonDocument();
			if ( !set.isEmpty() ) {
				change.append( "$set", set );
			}
			if ( !unset.isEmpty() ) {
				change.append( "$unset", unset );
			}
			writes.add( new UpdateOneModel<>( new BsonDocument( "_id", row.get( "_id" ) ), change ) );
		}
		if ( !writes.isEmpty() ) {
			database.bulkWrite( update.collection(), writes, new BulkWriteOptions() );
		}
		return writes.size();
	}
}
