package io.hibermongo.dialect.internal.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoException;
import io.hibermongo.dialect.internal.nativequery.CommandCursor;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The documents a native command returned, as JDBC rows. Its columns are either
 * <ul>
 * <li>the labels Hibernate reads by ({@code findColumn}), each a field path worked out by the query plan
 *     from the entities' document layout ({@code address_city} → {@code address.city}), or</li>
 * <li>when Hibernate reads by position (scalars, {@code Object[]}, {@code Tuple}), the top-level fields of
 *     the first document, in its order; later documents are read by the same names.</li>
 * </ul>
 * A missing field reads as NULL. Column types are those of the first document's values.
 */
final class NativeResultSet extends BsonValueResultSet {

	private final Statement statement;
	private final Iterator<BsonDocument> rows;
	private final String[] labels;
	private final String[][] paths;
	private final BsonDocument first;
	private final int maxRows;
	private BsonDocument row;
	private boolean firstTaken;
	private int rowCount;
	private boolean closed;

	/** {@code labelledPaths} are the field paths by column label, or null to use the first document's fields. */
	NativeResultSet(Statement statement, Iterator<BsonDocument> rows, Map<String, String> labelledPaths, int maxRows) {
		this.statement = statement;
		this.rows = rows;
		this.maxRows = maxRows;
		this.first = rows.hasNext() ? rows.next() : null;
		if ( labelledPaths != null ) {
			labels = labelledPaths.keySet().toArray( new String[0] );
			paths = labelledPaths.values().stream().map( path -> path.split( "\\." ) ).toArray( String[][]::new );
		}
		else {
			labels = first == null ? new String[0] : first.keySet().toArray( new String[0] );
			paths = new String[labels.length][];
			for ( int i = 0; i < labels.length; i++ ) {
				paths[i] = new String[] { labels[i] };
			}
		}
	}

	@Override
	public boolean next() throws SQLException {
		if ( maxRows > 0 && rowCount >= maxRows ) {
			row = null;
			return false;
		}
		if ( !firstTaken ) {
			firstTaken = true;
			row = first;
		}
		else {
			try {
				row = rows.hasNext() ? rows.next() : null;
			}
			catch (MongoException e) {
				throw Errors.translate( e, "reading the results of a native query" );
			}
		}
		if ( row != null ) {
			rowCount++;
		}
		return row != null;
	}

	int columnCount() {
		return labels.length;
	}

	String label(int column) {
		return labels[column - 1];
	}

	/** The value of {@code column} in the first document, which decides the column's type. */
	BsonValue sample(int column) {
		return first == null ? null : read( first, column );
	}

	private BsonValue read(BsonDocument document, int column) {
		BsonValue value = document;
		for ( String segment : paths[column - 1] ) {
			if ( !( value instanceof BsonDocument nested ) ) {
				return null;
			}
			value = nested.get( segment );
		}
		return value;
	}

	@Override
	protected BsonValue read(int column) throws SQLException {
		if ( row == null ) {
			throw new SQLException( "No current row", "24000" );
		}
		if ( column < 1 || column > labels.length ) {
			throw new SQLException( "No column " + column + " (the result has " + labels.length + ")", "07009" );
		}
		return read( row, column );
	}

	@Override
	public int findColumn(String label) throws SQLException {
		for ( int i = 0; i < labels.length; i++ ) {
			if ( labels[i].equals( label ) ) {
				return i + 1;
			}
		}
		for ( int i = 0; i < labels.length; i++ ) {
			if ( labels[i].equalsIgnoreCase( label ) ) {
				return i + 1;
			}
		}
		throw new SQLException( "No column '" + label + "' in the result of the native query; its columns are " + List.of( labels ), "42S22" );
	}

	@Override public Object getObject(String label) throws SQLException { return getObject( findColumn( label ) ); }
	@Override public <T> T getObject(String label, Class<T> type) throws SQLException { return getObject( findColumn( label ), type ); }
	@Override public String getString(String label) throws SQLException { return getString( findColumn( label ) ); }

	@Override
	public ResultSetMetaData getMetaData() {
		return new NativeResultSetMetaData( this );
	}

	@Override
	public void close() {
		if ( !closed ) {
			closed = true;
			if ( rows instanceof CommandCursor cursor ) {
				cursor.close();
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
