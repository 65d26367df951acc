package io.hibermongo.dialect.internal.jdbc;

import java.sql.BatchUpdateException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import io.hibermongo.dialect.internal.id.CounterCollection;
import io.hibermongo.dialect.internal.mql.IdentityCounter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

/**
 * Runs commands with the driver on the connection's session. A JDBC batch becomes one
 * {@code insertMany} or one ordered {@code bulkWrite}, not a round trip per row.
 */
final class CommandExecutor {

	private final MongoDatabase database;
	private final ServerCapabilities capabilities;
	private final MongoConnection connection;

	CommandExecutor(MongoDatabase database, ServerCapabilities capabilities, MongoConnection connection) {
		this.database = database;
		this.capabilities = capabilities;
		this.connection = connection;
	}

	private MongoCollection<BsonDocument> collection(MqlCommand command) {
		return database.getCollection( command.collection(), BsonDocument.class );
	}

	ResultSet query(MqlCommand command, BsonValue[] parameters, int fetchSize, int maxRows, Statement statement) throws SQLException {
		Values values = Values.bound( parameters );
		ClientSession session = sessionFor( command );
		command = MqlCommand.Autonomous.unwrap( command );
		try {
			if ( command instanceof MqlCommand.CounterIncrement next ) {
				long value = counters( next.collection() ).next( next.counter(), next.increment(), next.initialValue() );
				BsonDocument row = new BsonDocument( MqlCommand.CounterIncrement.FIELD, new BsonInt64( value ) );
				return new MongoResultSet( statement, List.of( row ).iterator(), next.columns(), null );
			}
			if ( command instanceof MqlCommand.Find find ) {
				var collection = collection( find );
				Bson filter = find.filter().toBson( values );
				FindIterable<BsonDocument> found = session == null ? collection.find( filter ) : collection.find( session, filter );
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
				return new MongoResultSet( statement, found.iterator(), find.columns(), null );
			}
			if ( command instanceof MqlCommand.Aggregate aggregate ) {
				List<BsonDocument> pipeline = new ArrayList<>( aggregate.pipeline().size() );
				for ( Stage stage : aggregate.pipeline() ) {
					pipeline.add( stage.toBson( values ) );
				}
				var collection = collection( aggregate );
				var result = session == null ? collection.aggregate( pipeline ) : collection.aggregate( session, pipeline );
				if ( fetchSize > 0 ) {
					result.batchSize( fetchSize );
				}
				return new MongoResultSet( statement, result.iterator(), aggregate.columns(), aggregate.emptyGroupRow() );
			}
		}
		catch (MongoException | IllegalStateException e) {
			throw Errors.translate( e, command.text() );
		}
		throw new SQLException( "Not a query: " + command.text(), "42000" );
	}

	/** The session a command runs on: none for the counter commands, which stay out of transactions. */
	private ClientSession sessionFor(MqlCommand command) {
		return command instanceof MqlCommand.Autonomous || command instanceof MqlCommand.CounterIncrement ? null : connection.session();
	}

	private CounterCollection counters(String name) {
		return new CounterCollection( database, name, MqlCommand.CounterIncrement.FIELD );
	}

	long update(MqlCommand command, BsonValue[] parameters) throws SQLException {
		return update( command, parameters, null );
	}

	/**
	 * Runs a write; an IDENTITY insert adds the id it assigned to {@code generatedKeys}.
	 */
	long update(MqlCommand command, BsonValue[] parameters, List<BsonValue> generatedKeys) throws SQLException {
		Values values = Values.bound( parameters );
		ClientSession session = sessionFor( command );
		command = MqlCommand.Autonomous.unwrap( command );
		if ( command instanceof MqlCommand.ArrayUpdate array ) {
			return ArrayUpdates.run( collection( array ), session, array, List.<BsonValue[]>of( parameters ) )[0];
		}
		try {
			if ( command instanceof MqlCommand.Insert insert ) {
				BsonDocument document = insert.document().toBson( values );
				if ( insert.identity() != null ) {
					document = assignIdentities( insert.identity(), List.of( document ), generatedKeys ).get( 0 );
				}
				if ( session == null ) {
					collection( insert ).insertOne( document );
				}
				else {
					collection( insert ).insertOne( session, document );
				}
				return 1;
			}
			if ( command instanceof MqlCommand.CounterInit init ) {
				collection( init ).updateOne( new BsonDocument( "_id", values.of( init.id() ) ),
						new BsonDocument( "$setOnInsert", new BsonDocument( init.field(), values.of( init.value() ) ) ),
						new UpdateOptions().upsert( true ) );
				return 1;
			}
			if ( command instanceof MqlCommand.Update update ) {
				return update( update, values, session );
			}
			if ( command instanceof MqlCommand.Delete delete ) {
				var collection = collection( delete );
				Bson filter = delete.filter().toBson( values );
				if ( delete.multi() ) {
					return ( session == null ? collection.deleteMany( filter ) : collection.deleteMany( session, filter ) ).getDeletedCount();
				}
				return ( session == null ? collection.deleteOne( filter ) : collection.deleteOne( session, filter ) ).getDeletedCount();
			}
		}
		catch (MongoException | IllegalStateException e) {
			throw Errors.translate( e, command.text() );
		}
		throw new SQLException( "Not a write: " + command.text(), "42000" );
	}

	private long update(MqlCommand.Update update, Values values, ClientSession session) {
		var collection = collection( update );
		BsonDocument filter = update.filter().toBson( values );
		if ( update.isComputed() && !capabilities.pipelineUpdates() ) {
			return new ComputedUpdate( collection, session ).apply( update, filter, values );
		}
		BsonValue changes = update.update( values );
		UpdateResult result;
		if ( changes.isArray() ) {
			List<BsonDocument> pipeline = changes.asArray().stream().map( BsonValue::asDocument ).toList();
			result = session == null ? collection.updateMany( filter, pipeline ) : collection.updateMany( session, filter, pipeline );
		}
		else if ( changes.asDocument().isEmpty() ) {
			return session == null ? collection.countDocuments( filter ) : collection.countDocuments( session, filter );
		}
		else if ( update.multi() ) {
			result = session == null ? collection.updateMany( filter, changes.asDocument() )
					: collection.updateMany( session, filter, changes.asDocument() );
		}
		else {
			UpdateOptions options = new UpdateOptions().upsert( update.upsert() );
			result = session == null ? collection.updateOne( filter, changes.asDocument(), options )
					: collection.updateOne( session, filter, changes.asDocument(), options );
			if ( result.getUpsertedId() != null ) {
				return 1;
			}
		}
		return result.getMatchedCount();
	}

	/**
	 * One JDBC batch: inserts as one {@code insertMany}; entity updates and deletes as one ordered
	 * {@code bulkWrite}. A bulk write reports only the total matched count: when it falls short, every
	 * row reports 0 so Hibernate raises its stale-state (optimistic lock) error for the batch.
	 */
	int[] batch(MqlCommand command, List<BsonValue[]> rows, List<BsonValue> generatedKeys) throws SQLException {
		if ( command instanceof MqlCommand.Autonomous ) {
			int[] counts = new int[rows.size()];
			for ( int i = 0; i < rows.size(); i++ ) {
				counts[i] = (int) update( command, rows.get( i ) );
			}
			return counts;
		}
		ClientSession session = connection.session();
		if ( command instanceof MqlCommand.ArrayUpdate array ) {
			return ArrayUpdates.run( collection( array ), session, array, rows );
		}
		int[] counts = new int[rows.size()];
		if ( command instanceof MqlCommand.Insert insert ) {
			List<BsonDocument> documents = new ArrayList<>( rows.size() );
			for ( BsonValue[] row : rows ) {
				documents.add( insert.document().toBson( Values.bound( row ) ) );
			}
			if ( insert.identity() != null ) {
				try {
					documents = assignIdentities( insert.identity(), documents, generatedKeys );
				}
				catch (MongoException | IllegalStateException e) {
					throw Errors.translate( e, insert.text() );
				}
			}
			insertMany( insert, documents, session );
			Arrays.fill( counts, 1 );
			return counts;
		}
		if ( !isBulkWritable( command ) ) {
			for ( int i = 0; i < rows.size(); i++ ) {
				counts[i] = (int) update( command, rows.get( i ) );
			}
			return counts;
		}
		List<WriteModel<BsonDocument>> writes = new ArrayList<>( rows.size() );
		for ( BsonValue[] row : rows ) {
			Values values = Values.bound( row );
			if ( command instanceof MqlCommand.Update update ) {
				writes.add( new UpdateOneModel<>( update.filter().toBson( values ), update.update( values ).asDocument(),
						new UpdateOptions().upsert( update.upsert() ) ) );
			}
			else {
				writes.add( new DeleteOneModel<>( ( (MqlCommand.Delete) command ).filter().toBson( values ) ) );
			}
		}
		try {
			var collection = collection( command );
			var result = session == null ? collection.bulkWrite( writes ) : collection.bulkWrite( session, writes );
			long matched = command instanceof MqlCommand.Update
					? result.getMatchedCount() + result.getUpserts().size() : result.getDeletedCount();
			Arrays.fill( counts, matched == rows.size() ? 1 : 0 );
			return counts;
		}
		catch (MongoException e) {
			throw Errors.translate( e, command.text() );
		}
	}

	/**
	 * Takes one block of ids for all {@code documents} from the IDENTITY counter (one round trip per
	 * batch) and puts each first in its document.
	 */
	private List<BsonDocument> assignIdentities(IdentityCounter identity, List<BsonDocument> documents, List<BsonValue> generatedKeys) {
		long first = counters( identity.collection() ).next( identity.counter(), documents.size(), 1 );
		List<BsonDocument> identified = new ArrayList<>( documents.size() );
		for ( int i = 0; i < documents.size(); i++ ) {
			BsonValue id = identity.id( first + i );
			BsonDocument document = new BsonDocument( "_id", id );
			document.putAll( documents.get( i ) );
			identified.add( document );
			if ( generatedKeys != null ) {
				generatedKeys.add( id );
			}
		}
		return identified;
	}

	/** Entity row updates and deletes (one document each, plain values) fit one ordered {@code bulkWrite}. */
	private static boolean isBulkWritable(MqlCommand command) {
		return command instanceof MqlCommand.Update update && !update.isComputed() && !update.multi()
				|| command instanceof MqlCommand.Delete delete && !delete.multi();
	}

	/**
	 * Without a transaction, a failed {@code insertMany} removes the documents it did insert before the
	 * failure, so a rejected batch leaves the collection as it was.
	 */
	private void insertMany(MqlCommand.Insert insert, List<BsonDocument> documents, ClientSession session) throws SQLException {
		var collection = collection( insert );
		try {
			if ( session == null ) {
				collection.insertMany( documents, new InsertManyOptions().ordered( true ) );
			}
			else {
				collection.insertMany( session, documents, new InsertManyOptions().ordered( true ) );
			}
		}
		catch (MongoBulkWriteException e) {
			int failedAt = e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get( 0 ).getIndex();
			if ( !connection.inTransaction() && failedAt > 0 ) {
				BsonArray inserted = new BsonArray();
				for ( BsonDocument document : documents.subList( 0, failedAt ) ) {
					inserted.add( document.get( "_id" ) );
				}
				collection.deleteMany( new BsonDocument( "_id", new BsonDocument( "$in", inserted ) ) );
			}
			SQLException translated = Errors.translate( e, insert.text() );
			throw new BatchUpdateException( translated.getMessage(), translated.getSQLState(), translated.getErrorCode(),
					new int[0], e );
		}
		catch (MongoException e) {
			throw Errors.translate( e, insert.text() );
		}
	}

	void runCommand(BsonDocument command) throws SQLException {
		try {
			ClientSession session = connection.session();
			if ( session == null || !session.hasActiveTransaction() ) {
				database.runCommand( command );
			}
			else {
				database.runCommand( session, command );
			}
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
