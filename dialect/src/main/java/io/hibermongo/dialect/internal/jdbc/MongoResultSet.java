package io.hibermongo.dialect.internal.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCursor;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The documents a command returned, as JDBC rows: column {@code i} is the field path {@code columns[i-1]}
 * of each document, a missing field reading as NULL; a document whose arrays the read unwinds on the client
 * is several rows ({@link ResultColumns#rows}). Documents stream from the driver's cursor.
 */
final class MongoResultSet extends BsonValueResultSet {

	private final Statement statement;
	private final Iterator<BsonDocument> cursor;
	private final ResultColumns columns;
	private List<BsonValue> emptyGroupRow;
	private final ArrayDeque<BsonValue[]> pending = new ArrayDeque<>();
	private BsonValue[] row;
	private boolean anyRow;
	private boolean closed;

	MongoResultSet(Statement statement, Iterator<BsonDocument> cursor, ResultColumns columns, List<BsonValue> emptyGroupRow) {
		this.statement = statement;
		this.cursor = cursor;
		this.columns = columns;
		this.emptyGroupRow = emptyGroupRow;
	}

	static MongoResultSet empty(Statement statement) {
		return new MongoResultSet( statement, Collections.emptyIterator(), new ResultColumns( List.of() ), null );
	}

	@Override
	public boolean next() throws SQLException {
		try {
			while ( pending.isEmpty() && cursor.hasNext() ) {
				pending.addAll( columns.rows( cursor.next() ) );
			}
			if ( !pending.isEmpty() ) {
				row = pending.removeFirst();
				anyRow = true;
				return true;
			}
		}
		catch (MongoException e) {
			throw Errors.translate( e, "reading results" );
		}
		if ( !anyRow && emptyGroupRow != null ) {
			row = emptyGroupRow.toArray( new BsonValue[0] );
			emptyGroupRow = null;
			anyRow = true;
			return true;
		}
		row = null;
		return false;
	}

	@Override
	protected BsonValue read(int column) throws SQLException {
		if ( row == null ) {
			throw new SQLException( "No current row", "24000" );
		}
		if ( column < 1 || column > row.length ) {
			throw new SQLException( "No column " + column + " (the result has " + row.length + ")", "07009" );
		}
		return row[column - 1];
	}

	@Override
	public ResultSetMetaData getMetaData() {
		return new MongoResultSetMetaData( columns );
	}

	@Override
	public int findColumn(String label) throws SQLException {
		for ( int i = 0; i < columns.size(); i++ ) {
			if ( columns.path( i ).equals( label ) ) {
				return i + 1;
			}
		}
		throw new SQLException( "No column " + label, "42S22" );
	}

	@Override
	public void close() {
		if ( !closed ) {
			closed = true;
			if ( cursor instanceof MongoCursor<?> mongoCursor ) {
				mongoCursor.close();
			}
		}
	}

	@Override public boolean isClosed() { return closed; }
	@Override public Statement getStatement() { return statement; }
	@Override public SQLWarning getWarnings() { return null; }
	@Override public void clearWarnings() { }
	@Override public void setFetchSize(int rows) { }
	@Override public int getFetchSize() { return 0; }
	@Override public int getType() { return TYPE_FORWARD_ONLY; }
	@Override public int getConcurrency() { return CONCUR_READ_ONLY; }
	@Override public int getHoldability() { return CLOSE_CURSORS_AT_COMMIT; }
	@Override public boolean isWrapperFor(Class<?> type) { return type.isInstance( this ); }
	@Override public <T> T unwrap(Class<T> type) { return type.cast( this ); }
}
