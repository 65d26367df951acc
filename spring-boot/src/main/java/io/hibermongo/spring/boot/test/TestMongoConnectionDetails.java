package io.hibermongo.spring.boot.test;

import com.mongodb.ConnectionString;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * The MongoDB server a test slice runs on instead of the application's: an in-process mongo-java-server
 * (stopped with the test context), or the server named by {@code MONGODB_URI}. The persistence unit's schema
 * is created on it and dropped afterwards ({@code create-drop}, as Boot does for an embedded database).
 */
public final class TestMongoConnectionDetails implements MongoConnectionDetails, DisposableBean {

	private final ConnectionString connectionString;
	private final AutoCloseable inProcessServer;

	TestMongoConnectionDetails(ConnectionString connectionString, AutoCloseable inProcessServer) {
		this.connectionString = connectionString;
		this.inProcessServer = inProcessServer;
	}

	@Override
	public ConnectionString getConnectionString() {
		return connectionString;
	}

	/** The database the persistence unit uses. */
	public String database() {
		String database = connectionString.getDatabase();
		return database == null ? "test" : database;
	}

	/** True for the in-process server, which has no transactions to roll a test back with. */
	public boolean inProcess() {
		return inProcessServer != null;
	}

	@Override
	public void destroy() throws Exception {
		if ( inProcessServer != null ) {
			inProcessServer.close();
		}
	}
}
