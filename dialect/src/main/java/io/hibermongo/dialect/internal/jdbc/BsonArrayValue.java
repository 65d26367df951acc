package io.hibermongo.dialect.internal.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * A BSON array as JDBC's {@link Array}: {@link #getArray()} gives the natural Java objects of its elements
 * ({@link BsonValues#toObject(BsonValue)}), and {@link #getResultSet()} one row per element with JDBC's
 * two columns, the 1-based index and the element, whose typed getters convert the element as a result
 * column would be converted. Hibermongo's array JdbcType reads each element through that result set with
 * the element type's own extractor, so an element reads back exactly as a basic attribute of its type.
 */
final class BsonArrayValue implements Array {

	private final BsonArray elements;

	private BsonArrayValue(BsonArray elements) {
		this.elements = elements;
	}

	/** The array value of a column; {@code null} for NULL, refused for any non-array value. */
	static Array of(BsonValue value) throws SQLException {
		if ( value == null || value.isNull() ) {
			return null;
		}
		if ( !value.isArray() ) {
			throw new SQLDataException( "Cannot read the BSON " + value.getBsonType() + " value " + value + " as an array", "22018" );
		}
		return new BsonArrayValue( value.asArray() );
	}

	@Override
	public String getBaseTypeName() {
		return "array";
	}

	@Override
	public int getBaseType() {
		return Types.JAVA_OBJECT;
	}

	@Override
	public Object getArray() throws SQLException {
		Object[] objects = new Object[elements.size()];
		for ( int i = 0; i < objects.length; i++ ) {
			objects[i] = BsonValues.toObject( elements.get( i ) );
		}
		return objects;
	}

	@Override
	public ResultSet getResultSet() {
		return new Elements( elements );
	}

	@Override
	public Object getArray(Map<String, Class<?>> map) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Array.getArray with a type map is not supported by Hibermongo" );
	}

	@Override
	public Object getArray(long index, int count) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Array.getArray of a slice is not supported by Hibermongo" );
	}

	@Override
	public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Array.getArray of a slice is not supported by Hibermongo" );
	}

	@Override
	public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Array.getResultSet with a type map is not supported by Hibermongo" );
	}

	@Override
	public ResultSet getResultSet(long index, int count) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Array.getResultSet of a slice is not supported by Hibermongo" );
	}

	@Override
	public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
		throw new SQLFeatureNotSupportedException( "Array.getResultSet of a slice is not supported by Hibermongo" );
	}

	@Override
	public void free() {
	}

	/** The rows of {@link #getResultSet()}: column 1 the 1-based index, column 2 the element. */
	private static final class Elements extends BsonValueResultSet {

		private final BsonArray elements;
		private int current = -1;
		private boolean closed;

		Elements(BsonArray elements) {
			this.elements = elements;
		}

		@Override
		public boolean next() {
			if ( current < elements.size() ) {
				current++;
			}
			return current < elements.size();
		}

		@Override
		protected BsonValue read(int column) throws SQLException {
			if ( current < 0 || current >= elements.size() ) {
				throw new SQLException( "No current row", "24000" );
			}
			return switch ( column ) {
				case 1 -> new BsonInt32( current + 1 );
				case 2 -> elements.get( current );
				default -> throw new SQLException( "No column " + column + " (an array's result set has 2)", "07009" );
			};
		}

		@Override public void close() { closed = true; }
		@Override public boolean isClosed() { return closed; }
		@Override public Statement getStatement() { return null; }
		@Override public SQLWarning getWarnings() { return null; }
		@Override public int getType() { return TYPE_FORWARD_ONLY; }
		@Override public int getConcurrency() { return CONCUR_READ_ONLY; }
		@Override public boolean isWrapperFor(Class<?> type) { return type.isInstance( this ); }
		@Override public <T> T unwrap(Class<T> type) { return type.cast( this ); }
	}
}
