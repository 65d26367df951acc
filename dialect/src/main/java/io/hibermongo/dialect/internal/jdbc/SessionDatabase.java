package io.hibermongo.dialect.internal.jdbc;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

/**
 * The database as one command uses it: on the connection's {@link ClientSession} (and so inside its
 * transaction, if one runs), or on none. {@link MongoConnection#databaseFor} decides which; this class
 * is the only place that picks between the driver's overloads with and without a session, so the
 * classes that run commands never test for a session themselves.
 */
final class SessionDatabase {

	private final MongoDatabase database;
	private final ClientSession session;
	private final long timeLimitMillis;

	/** {@code session} null runs every operation on its own, outside any transaction. */
	SessionDatabase(MongoDatabase database, ClientSession session) {
		this( database, session, 0 );
	}

	private SessionDatabase(MongoDatabase database, ClientSession session, long timeLimitMillis) {
		this.database = database;
		this.session = session;
		this.timeLimitMillis = timeLimitMillis;
	}

	/**
	 * This database with the statement's query timeout ({@code Statement.setQueryTimeout}, 0 for none):
	 * reads send it as {@code maxTimeMS}; writes outside a transaction get it as the driver's operation
	 * timeout ({@code timeoutMS}, which the driver sends as {@code maxTimeMS}), writes inside one none, since
	 * the driver refuses to change the timeout during a transaction.
	 */
	SessionDatabase limitedTo(int timeoutSeconds) {
		return timeoutSeconds <= 0 ? this : new SessionDatabase( database, session, TimeUnit.SECONDS.toMillis( timeoutSeconds ) );
	}

	MongoDatabase database() {
		return database;
	}

	boolean inTransaction() {
		return session != null && session.hasActiveTransaction();
	}

	private MongoCollection<BsonDocument> reading(String name) {
		return database.getCollection( name, BsonDocument.class );
	}

	/** The collection for a write: with the time limit as the driver's operation timeout, outside transactions. */
	private MongoCollection<BsonDocument> collection(String name) {
		MongoCollection<BsonDocument> collection = database.getCollection( name, BsonDocument.class );
		return timeLimitMillis > 0 && !inTransaction() ? collection.withTimeout( timeLimitMillis, TimeUnit.MILLISECONDS ) : collection;
	}

	FindIterable<BsonDocument> find(String collection, Bson filter) {
		FindIterable<BsonDocument> found = session == null ? reading( collection ).find( filter ) : reading( collection ).find( session, filter );
		return timeLimitMillis > 0 ? found.maxTime( timeLimitMillis, TimeUnit.MILLISECONDS ) : found;
	}

	AggregateIterable<BsonDocument> aggregate(String collection, List<? extends Bson> pipeline) {
		AggregateIterable<BsonDocument> result = session == null ? reading( collection ).aggregate( pipeline )
				: reading( collection ).aggregate( session, pipeline );
		return timeLimitMillis > 0 ? result.maxTime( timeLimitMillis, TimeUnit.MILLISECONDS ) : result;
	}

	long countDocuments(String collection, Bson filter) {
		CountOptions options = new CountOptions().maxTime( timeLimitMillis, TimeUnit.MILLISECONDS );
		return session == null ? reading( collection ).countDocuments( filter, options )
				: reading( collection ).countDocuments( session, filter, options );
	}

	void insertOne(String collection, BsonDocument document) {
		if ( session == null ) {
			collection( collection ).insertOne( document );
		}
		else {
			collection( collection ).insertOne( session, document );
		}
	}

	void insertMany(String collection, List<BsonDocument> documents, InsertManyOptions options) {
		if ( session == null ) {
			collection( collection ).insertMany( documents, options );
		}
		else {
			collection( collection ).insertMany( session, documents, options );
		}
	}

	UpdateResult updateOne(String collection, Bson filter, Bson update, UpdateOptions options) {
		return session == null ? collection( collection ).updateOne( filter, update, options )
				: collection( collection ).updateOne( session, filter, update, options );
	}

	UpdateResult updateMany(String collection, Bson filter, Bson update) {
		return session == null ? collection( collection ).updateMany( filter, update )
				: collection( collection ).updateMany( session, filter, update );
	}

	/** A pipeline update ({@code [{$addFields: …}]}, MongoDB 4.2+) of every matching document. */
	UpdateResult updateMany(String collection, Bson filter, List<? extends Bson> pipeline) {
		return session == null ? collection( collection ).updateMany( filter, pipeline )
				: collection( collection ).updateMany( session, filter, pipeline );
	}

	DeleteResult deleteOne(String collection, Bson filter) {
		return session == null ? collection( collection ).deleteOne( filter ) : collection( collection ).deleteOne( session, filter );
	}

	DeleteResult deleteMany(String collection, Bson filter) {
		return session == null ? collection( collection ).deleteMany( filter ) : collection( collection ).deleteMany( session, filter );
	}

	BulkWriteResult bulkWrite(String collection, List<? extends WriteModel<BsonDocument>> writes, BulkWriteOptions options) {
		return session == null ? collection( collection ).bulkWrite( writes, options )
				: collection( collection ).bulkWrite( session, writes, options );
	}

	void runCommand(BsonDocument command) {
		if ( session == null ) {
			database.runCommand( command );
		}
		else {
			database.runCommand( session, command );
		}
	}
}
