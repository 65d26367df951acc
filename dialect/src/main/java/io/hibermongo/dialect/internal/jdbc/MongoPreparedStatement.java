package io.hibermongo.dialect.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import io.hibermongo.dialect.internal.mql.Values;
import io.hibermongo.dialect.spi.MongoJdbcStatement;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * A prepared command: the translated {@link MqlCommand} plus one BSON value per parameter slot. Every
 * {@code setXxx} converts its value to BSON at once ({@link BsonValues}); executing writes the command
 * out with those values. A plain {@code Statement} (schema export) runs command text as JSON. Values
 * that binders store outside the documents (LOBs) are released by a {@link ReferenceTracker} once the
 * write no longer needs them.
 */
final class MongoPreparedStatement extends UnsupportedPreparedStatement implements MongoJdbcStatement {

	private final MongoConnection connection;
	private final CommandExecutor executor;
	private final MqlCommand command;
	private final String sql;
	private BsonValue[] parameters = new BsonValue[8];
	private static final ResultColumns GENERATED_KEY = new ResultColumns( List.of( "_id" ) );

	private final List<BsonValue[]> batch = new ArrayList<>();
	private final List<BsonValue> generatedKeys = new ArrayList<>();
	private final ReferenceTracker references;
	private ResultSet resultSet;
	private long updateCount = -1;
	private int fetchSize;
	private int maxRows;
	private int queryTimeout;
	private boolean closed;

	MongoPreparedStatement(MongoConnection connection, CommandExecutor executor, MqlCommand command, String sql) {
		this.connection = connection;
		this.executor = executor;
		this.command = command;
		this.sql = sql;
		this.references = connection.referenceTracker();
	}

	private MqlCommand command() throws SQLException {
		if ( command == null ) {
			throw new SQLException( "Not a statement translated by Hibermongo: " + sql, "42000" );
		}
		return command;
	}

	private void set(int index, BsonValue value) {
		if ( index > parameters.length ) {
			parameters = Arrays.copyOf( parameters, Math.max( index, parameters.length * 2 ) );
		}
		parameters[index - 1] = value;
	}

	private void setValue(int index, Object value) throws SQLException {
		set( index, BsonValues.toBson( value ) );
	}

	@Override public void setNull(int index, int sqlType) { set( index, BsonNull.VALUE ); }
	@Override public void setNull(int index, int sqlType, String typeName) { set( index, BsonNull.VALUE ); }
	@Override public void setBoolean(int index, boolean value) throws SQLException { setValue( index, value ); }
	@Override public void setByte(int index, byte value) throws SQLException { setValue( index, value ); }
	@Override public void setShort(int index, short value) throws SQLException { setValue( index, value ); }
	@Override public void setInt(int index, int value) throws SQLException { setValue( index, value ); }
	@Override public void setLong(int index, long value) throws SQLException { setValue( index, value ); }
	@Override public void setFloat(int index, float value) throws SQLException { setValue( index, value ); }
	@Override public void setDouble(int index, double value) throws SQLException { setValue( index, value ); }
	@Override public void setBigDecimal(int index, BigDecimal value) throws SQLException { setValue( index, value ); }
	@Override public void setString(int index, String value) throws SQLException { setValue( index, value ); }
	@Override public void setNString(int index, String value) throws SQLException { setValue( index, value ); }
	@Override public void setBytes(int index, byte[] value) throws SQLException { setValue( index, value ); }
	@Override public void setDate(int index, Date value) throws SQLException { setValue( index, value ); }
	@Override public void setDate(int index, Date value, Calendar calendar) throws SQLException { setValue( index, value ); }
	@Override public void setTime(int index, Time value) throws SQLException { setValue( index, value ); }
	@Override public void setTime(int index, Time value, Calendar calendar) throws SQLException { setValue( index, value ); }
	@Override public void setTimestamp(int index, Timestamp value) throws SQLException { setValue( index, value ); }
	@Override public void setTimestamp(int index, Timestamp value, Calendar calendar) throws SQLException { setValue( index, value ); }
	@Override public void setObject(int index, Object value) throws SQLException { setValue( index, value ); }
	@Override public void setObject(int index, Object value, int sqlType) throws SQLException { setValue( index, value ); }
	@Override public void setObject(int index, Object value, int sqlType, int scale) throws SQLException { setValue( index, value ); }

	@Override
	public void clearParameters() {
		Arrays.fill( parameters, null );
	}

	private BsonValue[] boundParameters() throws SQLException {
		int count = boundCount();
		BsonValue[] bound = Arrays.copyOf( parameters, Math.max( count, 0 ) );
		for ( int i = 0; i < bound.length; i++ ) {
			if ( bound[i] == null ) {
				throw new SQLException( "Parameter " + ( i + 1 ) + " of " + sql + " is not bound", "07001" );
			}
		}
		if ( command != null ) {
			BoundCommandLog.executing( () -> command.render( Values.bound( bound ) ) );
		}
		return bound;
	}

	private int boundCount() {
		int count = parameters.length;
		while ( count > 0 && parameters[count - 1] == null ) {
			count--;
		}
		return count;
	}

	@Override
	public ResultSet executeQuery() throws SQLException {
		MqlCommand translated = command();
		BsonValue[] bound = boundParameters();
		if ( ExplainCapture.took( () -> translated.render( Values.bound( bound ) ) ) ) {
			resultSet = MongoResultSet.empty( this );
			return resultSet;
		}
		connection.sendHeldInsertsBefore( translated );
		resultSet = executor.query( translated, bound, fetchSize, maxRows, this );
		updateCount = -1;
		return resultSet;
	}

	@Override
	public int executeUpdate() throws SQLException {
		return (int) executeLargeUpdate();
	}

	@Override
	public long executeLargeUpdate() throws SQLException {
		BsonValue[] bound = boundParameters();
		generatedKeys.clear();
		int[] folded = held( List.<BsonValue[]>of( bound ) );
		updateCount = folded != null ? folded[0]
				: write( List.<BsonValue[]>of( bound ), () -> executor.update( command(), bound, generatedKeys, queryTimeout ) );
		resultSet = null;
		return updateCount;
	}

	@Override
	public boolean execute() throws SQLException {
		if ( isQuery( command() ) ) {
			executeQuery();
			return true;
		}
		executeUpdate();
		return false;
	}

	private static boolean isQuery(MqlCommand command) {
		MqlCommand inner = MqlCommand.Autonomous.unwrap( command );
		return inner instanceof MqlCommand.Find || inner instanceof MqlCommand.LockingRead || inner instanceof MqlCommand.Aggregate
				|| inner instanceof MqlCommand.CounterIncrement;
	}

	@Override
	public void addBatch() throws SQLException {
		batch.add( boundParameters() );
		clearParameters();
	}

	@Override
	public void clearBatch() {
		batch.clear();
	}

	@Override
	public int[] executeBatch() throws SQLException {
		try {
			generatedKeys.clear();
			if ( batch.isEmpty() ) {
				return new int[0];
			}
			int[] folded = held( batch );
			return folded != null ? folded : write( batch, () -> executor.batch( command(), batch, generatedKeys, queryTimeout ) );
		}
		finally {
			batch.clear();
		}
	}

	/**
	 * The counts of {@code rows} when the connection holds them ({@link HeldInserts}: an insert held back,
	 * or rows folded into held documents), handing it the outside values they created; else null, after
	 * the held documents were sent, and the rows run as a write.
	 */
	private int[] held(List<BsonValue[]> rows) throws SQLException {
		int[] counts = connection.heldInserts().take( command(), rows, queryTimeout, references );
		if ( counts == null ) {
			connection.sendHeldInsertsBefore( command() );
			return null;
		}
		connection.heldInserts().adopt( references.handOver() );
		return counts;
	}

	/** Runs a write of {@code rows}, then releases the outside values it replaced or left unreferenced. */
	private <T> T write(List<BsonValue[]> rows, Write<T> write) throws SQLException {
		ClientSession session = connection.session();
		var replaced = references.replacedBy( command(), rows, session );
		T result;
		try {
			result = write.run();
		}
		catch (SQLException | RuntimeException e) {
			try {
				references.failed( replaced, connection.inTransaction(), session );
			}
			catch (RuntimeException cleanup) {
				e.addSuppressed( cleanup );
			}
			throw e;
		}
		try {
			if ( command() instanceof MqlCommand.ArrayUpdate ) {
				connection.releaseAtFlushEnd( replaced );
				references.succeeded( Map.of(), session );
			}
			else {
				references.succeeded( replaced, session );
			}
		}
		catch (MongoException e) {
			throw Errors.translate( e, "releasing the values replaced by " + sql );
		}
		return result;
	}

	private interface Write<T> {
		T run() throws SQLException;
	}

	@Override
	public MongoDatabase database() {
		return connection.database();
	}

	@Override
	public ClientSession session() {
		return connection.session();
	}

	@Override
	public void referenceCreated(ReferencingJdbcType type, BsonValue reference) {
		references.created( type, reference );
	}

	/** Schema export and other plain statements: the text is a JSON command run as is. */
	@Override
	public boolean execute(String text) throws SQLException {
		connection.sendHeldInserts();
		MqlCommand registered = connection.registeredCommand( text );
		if ( registered != null ) {
			executor.update( registered, new BsonValue[0] );
			updateCount = 0;
			return false;
		}
		executor.runCommand( BsonDocument.parse( text ) );
		updateCount = 0;
		return false;
	}

	@Override
	public int executeUpdate(String text) throws SQLException {
		execute( text );
		return 0;
	}

	@Override
	public ResultSet executeQuery(String text) throws SQLException {
		throw new SQLException( "Hibermongo runs queries only as translated statements, not as text: " + text, "42000" );
	}

	@Override public ResultSet getResultSet() { return resultSet; }
	@Override public int getUpdateCount() { return (int) updateCount; }
	@Override public long getLargeUpdateCount() { return updateCount; }
	@Override public boolean getMoreResults() { resultSet = null; updateCount = -1; return false; }
	/** The ids an IDENTITY insert assigned, one row each, in one column {@code _id}. */
	@Override
	public ResultSet getGeneratedKeys() {
		List<BsonDocument> rows = new ArrayList<>( generatedKeys.size() );
		for ( BsonValue key : generatedKeys ) {
			rows.add( new BsonDocument( "_id", key ) );
		}
		return new MongoResultSet( this, rows.iterator(), GENERATED_KEY, null );
	}

	@Override public void setFetchSize(int rows) { fetchSize = rows; }
	@Override public int getFetchSize() { return fetchSize; }
	@Override public void setMaxRows(int max) { maxRows = max; }
	@Override public int getMaxRows() { return maxRows; }
	/** Seconds, as JDBC (and so Hibernate) gives it: reads send it as {@code maxTimeMS}; see {@link SessionDatabase#limitedTo}. */
	@Override public void setQueryTimeout(int seconds) { queryTimeout = Math.max( seconds, 0 ); }
	@Override public int getQueryTimeout() { return queryTimeout; }
	@Override public void setEscapeProcessing(boolean enable) { }
	@Override public SQLWarning getWarnings() { return null; }
	@Override public void clearWarnings() { }
	@Override public Connection getConnection() { return connection; }
	@Override public boolean isClosed() { return closed; }
	@Override public void setPoolable(boolean poolable) { }
	@Override public void closeOnCompletion() { }
	@Override public boolean isWrapperFor(Class<?> type) { return type.isInstance( this ); }
	@Override public <T> T unwrap(Class<T> type) { return type.cast( this ); }

	@Override
	public void close() throws SQLException {
		if ( !closed && references.hasCreated() ) {
			try {
				references.closed( connection.session() );
			}
			catch (MongoException e) {
				throw Errors.translate( e, "releasing the values bound to " + sql );
			}
		}
		closed = true;
		if ( resultSet != null ) {
			resultSet.close();
		}
	}
}
