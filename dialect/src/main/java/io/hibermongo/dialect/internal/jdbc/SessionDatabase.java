package io.hibermongo.dialect.internal.jdbc;

import java.util.List;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
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

	/** {@code session} null runs every operation on its own, outside any transaction. */
	SessionDatabase(MongoDatabase database, ClientSession session) {
		this.database = database;
		this.session = session;
	}

	MongoDatabase database() {
		return database;
	}

	boolean inTransaction() {
		return session != null && session.hasActiveTransaction();
	}

	private MongoCollection<BsonDocument> collection(String name) {
		return database.getCollection( name, BsonDocument.class );
	}

	FindIterable<BsonDocument> find(String collection, Bson filter) {
		return session == null ? collection( collection ).find( filter ) : collection( collection ).find( session, filter );
	}

	AggregateIterable<BsonDocument> aggregate(String collection, List<? extends Bson> pipeline) {
		return session == null ? collection( collection ).aggregate( pipeline ) : collection( collection ).aggregate( session, pipeline );
	}

	long countDocuments(String collection, Bson filter) {
		return session == null ? collection( collection ).countDocuments( filter ) : collection( collection ).countDocuments( session, filter );
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
