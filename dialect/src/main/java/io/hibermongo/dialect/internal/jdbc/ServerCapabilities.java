package io.hibermongo.dialect.internal.jdbc;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * What the server can do, asked once when the SessionFactory starts: sessions and transactions
 * (replica sets and sharded clusters only), and pipeline-style updates (MongoDB 4.2+; the embedded
 * test server lacks them; see {@link PipelineUpdateProbe}).
 */
public record ServerCapabilities(boolean sessions, boolean transactions, boolean pipelineUpdates) {

	static ServerCapabilities probe(MongoDatabase database) {
		BsonDocument hello = hello( database );
		boolean sessions = hello.containsKey( "logicalSessionTimeoutMinutes" );
		boolean transactions = sessions
				&& ( hello.containsKey( "setName" ) || new BsonString( "isdbgrid" ).equals( hello.get( "msg" ) ) );
		return new ServerCapabilities( sessions, transactions, PipelineUpdateProbe.acceptsPipelineUpdate( database ) );
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
}
