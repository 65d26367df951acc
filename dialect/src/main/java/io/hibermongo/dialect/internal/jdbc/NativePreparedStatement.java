package io.hibermongo.dialect.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;

import com.mongodb.MongoException;
import io.hibermongo.dialect.internal.nativequery.NativeCommand;
import io.hibermongo.dialect.internal.nativequery.NativeCommandRunner;
import io.hibermongo.dialect.internal.nativequery.NativeCommands;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * A native MQL command prepared for execution: each {@code setXxx} converts its value to BSON at once
 * ({@link BsonValues}) and puts it in the parameter's slot; {@link NativeCommandRunner} runs the bound
 * command on the connection's session.
 */
final class NativePreparedStatement extends UnsupportedPreparedStatement {

	private final MongoConnection connection;
	private final NativeCommand command;
	private final BsonValue[] parameters;
	private ResultSet resultSet;
	private long updateCount = -1;
	private int fetchSize;
	private int maxRows;
	private int queryTimeout;
	private boolean closed;

	NativePreparedStatement(MongoConnection connection, NativeCommand command) {
		this.connection = connection;
		this.command = command;
		this.parameters = new BsonValue[command.parameterCount()];
	}

	/** The statement for the native command {@code text}, parsed once per SessionFactory. */
	static NativePreparedStatement prepare(MongoConnection connection, NativeCommands commands, String text) throws SQLException {
		try {
			return new NativePreparedStatement( connection, commands.get( text ) );
		}
		catch (IllegalArgumentException e) {
			throw new SQLException( e.getMessage(), "42000", e );
		}
	}

	private void set(int index, BsonValue value) throws SQLException {
		if ( index < 1 || index > parameters.length ) {
			throw new SQLException( "Parameter " + index + " does not exist: the command has " + parameters.length + ": " + command.text(), "07009" );
		}
		parameters[index - 1] = value;
	}

	private void setValue(int index, Object value) throws SQLException {
		set( index, BsonValues.toBson( value ) );
	}

	@Override public void setNull(int index, int sqlType) throws SQLException { set( index, BsonNull.VALUE ); }
	@Override public void setNull(int index, int sqlType, String typeName) throws SQLException { set( index, BsonNull.VALUE ); }
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
		for ( int i = 0; i < parameters.length; i++ ) {
			if ( parameters[i] == null ) {
				throw new SQLException( "Parameter " + ( i + 1 ) + " of " + command.text() + " is not bound", "07001" );
			}
		}
		return parameters.clone();
	}

	private NativeCommandRunner runner() throws SQLException {
		connection.sendHeldInserts();
		return new NativeCommandRunner( connection.database(), connection.session() );
	}

	@Override
	public ResultSet executeQuery() throws SQLException {
		BsonValue[] bound = boundParameters();
		updateCount = -1;
		try {
			BsonDocument sent = NativeCommandRunner.limited( command, NativeCommandRunner.readCommand( command, bound, fetchSize, maxRows ), queryTimeout );
			BoundCommandLog.executing( () -> sent );
			if ( ExplainCapture.took( () -> sent ) ) {
				resultSet = new NativeResultSet( this, Collections.emptyIterator(), command.resultColumns(), 0 );
				return resultSet;
			}
			resultSet = new NativeResultSet( this, runner().rows( command, sent, fetchSize ), command.resultColumns(), maxRows );
			return resultSet;
		}
		catch (MongoException | IllegalStateException e) {
			throw Errors.translate( e, command.text() );
		}
	}

	@Override
	public int executeUpdate() throws SQLException {
		return (int) executeLargeUpdate();
	}

	@Override
	public long executeLargeUpdate() throws SQLException {
		BsonValue[] bound = boundParameters();
		try {
			BsonDocument sent = NativeCommandRunner.limited( command, command.bind( bound ), queryTimeout );
			BoundCommandLog.executing( () -> sent );
			updateCount = runner().update( command, sent );
		}
		catch (MongoException | IllegalStateException e) {
			throw Errors.translate( e, command.text() );
		}
		resultSet = null;
		return updateCount;
	}

	@Override
	public boolean execute() throws SQLException {
		if ( command.kind().isRead() ) {
			executeQuery();
			return true;
		}
		executeLargeUpdate();
		return false;
	}

	@Override public ResultSet getResultSet() { return resultSet; }
	@Override public int getUpdateCount() { return (int) updateCount; }
	@Override public long getLargeUpdateCount() { return updateCount; }
	@Override public boolean getMoreResults() { resultSet = null; updateCount = -1; return false; }
	@Override public void setFetchSize(int rows) { fetchSize = rows; }
	@Override public int getFetchSize() { return fetchSize; }
	@Override public void setMaxRows(int max) { maxRows = max; }
	@Override public int getMaxRows() { return maxRows; }
	/** Seconds; sent as {@code maxTimeMS} ({@link NativeCommandRunner#limited}). */
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
		closed = true;
		if ( resultSet != null ) {
			resultSet.close();
		}
	}
}
