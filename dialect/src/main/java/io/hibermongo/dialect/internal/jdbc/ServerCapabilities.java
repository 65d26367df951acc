package io.hibermongo.dialect.internal.jdbc;

import java.util.List;
import java.util.logging.Logger;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * What the server can do, asked once when the SessionFactory starts: sessions and transactions
 * (replica sets and sharded clusters only), and pipeline-style updates (MongoDB 4.2+; the embedded
 * test server lacks them).
 */
public record ServerCapabilities(boolean sessions, boolean transactions, boolean pipelineUpdates) {

	private static final Logger LOG = Logger.getLogger( ServerCapabilities.class.getName() );

	static ServerCapabilities probe(MongoDatabase database) {
		BsonDocument hello = hello( database );
		boolean sessions = hello.containsKey( "logicalSessionTimeoutMinutes" );
		boolean transactions = sessions
				&& ( hello.containsKey( "setName" ) || new BsonString( "isdbgrid" ).equals( hello.get( "msg" ) ) );
		return new ServerCapabilities( sessions, transactions, acceptsPipelineUpdate( database ) );
	}

	/** {@code hello}, or its older name {@code isMaster} for servers (the embedded one) that lack it. */
	private static BsonDocument hello(MongoDatabase database) {
		try {
			return database.runCommand( new BsonDocument( "hello", new BsonInt32( 1 ) ), BsonDocument.class );
		}
		catch (MongoCommandException e) {
			return database.runCommand( new BsonDocument( "isMaster", new BsonInt32( 1 ) ), BsonDocument.class );
		}
	}

	/** An update that matches nothing, in pipeline form: accepted or refused, it changes nothing. */
	private static boolean acceptsPipelineUpdate(MongoDatabase database) {
		try {
			database.getCollection( "hibermongo_capability_probe", BsonDocument.class ).updateOne(
					new BsonDocument( "_id", new BsonString( "never-present" ) ),
					List.of( new BsonDocument( "$addFields", new BsonDocument( "probe", new BsonInt32( 1 ) ) ) ) );
			return true;
		}
		catch (MongoException | ClassCastException e) {
			LOG.info( "The server does not accept pipeline updates; computed bulk updates are applied document by document" );
			return false;
		}
	}
}
