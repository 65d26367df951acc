package io.hibermongo.dialect.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.BsonValue;

/**
 * Runs a connection's commands: takes the database as the command uses it
 * ({@link MongoConnection#databaseFor}, the one place that chooses a session), hands the command to the
 * class for its concern — {@link ReadCommands}, {@link WriteCommands}, {@link CounterCommands},
 * {@link ArrayUpdates} for the rows of element collections, and for JDBC batches {@link InsertBatch} (one
 * {@code insertMany}) or {@link RowBatch} (one ordered {@code bulkWrite}), statements that read before they
 * write {@link ReadThenWrites} — and translates driver errors
 * ({@link Errors}). A new kind of command adds a class
 * next to these and one branch here.
 */
final class CommandExecutor {

	private final ServerCapabilities capabilities;
	private final MongoConnection connection;

	CommandExecutor(ServerCapabilities capabilities, MongoConnection connection) {
		this.capabilities = capabilities;
		this.connection = connection;
	}

	ResultSet query(MqlCommand command, BsonValue[] parameters, int fetchSize, int maxRows, Statement statement) throws SQLException {
		Values values = Values.bound( parameters );
		SessionDatabase database = connection.databaseFor( command ).limitedTo( statement.getQueryTimeout() );
		MqlCommand inner = MqlCommand.Autonomous.unwrap( command );
		try {
			if ( inner instanceof MqlCommand.CounterIncrement next ) {
				return CounterCommands.next( database, next, statement );
			}
			if ( inner instanceof MqlCommand.Find find ) {
				return ReadCommands.find( database, find, values, fetchSize, maxRows, statement );
			}
			if ( inner instanceof MqlCommand.LockingRead locking ) {
				return LockingReads.find( database, locking, values, fetchSize, maxRows, statement, connection.noTransaction() );
			}
			if ( inner instanceof MqlCommand.Aggregate aggregate ) {
				return ReadCommands.aggregate( database, aggregate, values, fetchSize, statement );
			}
		}
		catch (MongoException | IllegalStateException e) {
			throw Errors.translate( e, inner.text() );
		}
		throw new SQLException( "Not a query: " + inner.text(), "42000" );
	}

	long update(MqlCommand command, BsonValue[] parameters) throws SQLException {
		return update( command, parameters, null, 0 );
	}

	/**
	 * Runs a write, limited to {@code timeoutSeconds} (0 for no limit; see {@link SessionDatabase#limitedTo});
	 * an IDENTITY insert adds the id it assigned to {@code generatedKeys}.
	 */
	long update(MqlCommand command, BsonValue[] parameters, List<BsonValue> generatedKeys, int timeoutSeconds) throws SQLException {
		Values values = Values.bound( parameters );
		SessionDatabase database = connection.databaseFor( command ).limitedTo( timeoutSeconds );
		MqlCommand inner = MqlCommand.Autonomous.unwrap( command );
		if ( inner instanceof MqlCommand.ArrayUpdate array ) {
			return ArrayUpdates.run( database, array, List.<BsonValue[]>of( parameters ) )[0];
		}
		try {
			if ( inner instanceof MqlCommand.Insert insert ) {
				return WriteCommands.insert( database, insert, values, generatedKeys );
			}
			if ( inner instanceof MqlCommand.CounterInit init ) {
				return CounterCommands.init( database, init, values );
			}
			if ( inner instanceof MqlCommand.Update update ) {
				return WriteCommands.update( database, capabilities, update, values );
			}
			if ( inner instanceof MqlCommand.Delete delete ) {
				return WriteCommands.delete( database, delete, values );
			}
			if ( inner instanceof MqlCommand.ReadThenWrite readThenWrite ) {
				return ReadThenWrites.write( database, capabilities, readThenWrite, parameters );
			}
			if ( inner instanceof MqlCommand.RowValuesUpdate rowValues ) {
				return ReadThenWrites.write( database, rowValues, parameters );
			}
			if ( inner instanceof MqlCommand.InsertSelect insertSelect ) {
				return ReadThenWrites.insert( database, insertSelect, parameters );
			}
			if ( inner instanceof MqlCommand.InsertRows rows ) {
				return ReadThenWrites.insert( database, rows, parameters );
			}
		}
		catch (MongoException | IllegalStateException | BsonMaximumSizeExceededException e) {
			throw Errors.translate( e, inner.text() );
		}
		throw new SQLException( "Not a write: " + inner.text(), "42000" );
	}

	/**
	 * One JDBC batch: inserts as one {@code insertMany}; entity updates and deletes as one ordered
	 * {@code bulkWrite}; anything else (autonomous counter statements, bulk HQL) row by row.
	 */
	int[] batch(MqlCommand command, List<BsonValue[]> rows, List<BsonValue> generatedKeys, int timeoutSeconds) throws SQLException {
		if ( command instanceof MqlCommand.ArrayUpdate array ) {
			return ArrayUpdates.run( connection.databaseFor( array ).limitedTo( timeoutSeconds ), array, rows );
		}
		if ( command instanceof MqlCommand.Insert insert ) {
			SessionDatabase database = connection.databaseFor( insert ).limitedTo( timeoutSeconds );
			List<BsonDocument> documents = new ArrayList<>( rows.size() );
			for ( BsonValue[] row : rows ) {
				documents.add( insert.document().toBson( Values.bound( row ) ) );
			}
			if ( insert.identity() != null ) {
				try {
					documents = CounterCommands.assignIdentities( database, insert.identity(), documents, generatedKeys );
				}
				catch (MongoException | IllegalStateException e) {
					throw Errors.translate( e, insert.text() );
				}
			}
			return InsertBatch.insert( database, insert, documents );
		}
		if ( RowBatch.fits( command ) ) {
			return RowBatch.write( connection.databaseFor( command ).limitedTo( timeoutSeconds ), command, rows );
		}
		int[] counts = new int[rows.size()];
		for ( int i = 0; i < rows.size(); i++ ) {
			counts[i] = (int) update( command, rows.get( i ), null, timeoutSeconds );
		}
		return counts;
	}

	/** A schema command (JSON text from schema export), inside the transaction only if one runs. */
	void runCommand(BsonDocument command) throws SQLException {
		try {
			connection.databaseForSchema().runCommand( command );
		}
		catch (MongoException e) {
			if ( e.getCode() == 26 || e.getCode() == 48 || command.containsKey( "drop" ) && e instanceof MongoCommandException failed
					&& "ns not found".equals( failed.getErrorMessage() ) ) {
				// NamespaceNotFound on drop, NamespaceExists on create: the schema already is as asked
				return;
			}
			throw Errors.translate( e, command.toJson() );
		}
	}
}
