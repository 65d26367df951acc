package io.hibermongo.dialect.internal.jdbc;

import java.util.List;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Writes of one statement execution: an insert of one document, an update or delete of one entity row
 * or of every matching document (bulk HQL). Update counts are matched counts, as relational databases
 * report. Computed bulk updates are pipeline updates, or {@link ComputedUpdate} on a server without them.
 */
final class WriteCommands {

	private WriteCommands() {
	}

	/** An IDENTITY insert adds the id it assigned to {@code generatedKeys}. */
	static long insert(SessionDatabase database, MqlCommand.Insert insert, Values values, List<BsonValue> generatedKeys) {
		BsonDocument document = insert.document().toBson( values );
		if ( insert.identity() != null ) {
			document = CounterCommands.assignIdentities( database, insert.identity(), List.of( document ), generatedKeys ).get( 0 );
		}
		database.insertOne( insert.collection(), document );
		return 1;
	}

	static long update(SessionDatabase database, ServerCapabilities capabilities, MqlCommand.Update update, Values values) {
		BsonDocument filter = update.filter().toBson( values );
		if ( update.isComputed() && !capabilities.pipelineUpdates() ) {
			return new ComputedUpdate( database ).apply( update, filter, values );
		}
		BsonValue changes = update.update( values );
		UpdateResult result;
		if ( changes.isArray() ) {
			List<BsonDocument> pipeline = changes.asArray().stream().map( BsonValue::asDocument ).toList();
			result = database.updateMany( update.collection(), filter, pipeline );
		}
		else if ( changes.asDocument().isEmpty() ) {
			return database.countDocuments( update.collection(), filter );
		}
		else if ( update.multi() ) {
			result = database.updateMany( update.collection(), filter, changes.asDocument() );
		}
		else {
			result = database.updateOne( update.collection(), filter, changes.asDocument(), new UpdateOptions().upsert( update.upsert() ) );
			if ( result.getUpsertedId() != null ) {
				return 1;
			}
		}
		return result.getMatchedCount();
	}

	static long delete(SessionDatabase database, MqlCommand.Delete delete, Values values) {
		BsonDocument filter = delete.filter().toBson( values );
		return ( delete.multi() ? database.deleteMany( delete.collection(), filter ) : database.deleteOne( delete.collection(), filter ) )
				.getDeletedCount();
	}
}
