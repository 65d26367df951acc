package io.hibermongo.dialect.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

import org.bson.BsonValue;

/**
 * A result set whose columns are BSON values: every typed getter reads the value of its column by the
 * conversions of {@link BsonValues}, a missing value ({@code null}) or BSON null being SQL NULL. A BSON
 * array reads as a {@link java.sql.Array} ({@link BsonArrayValue}).
 */
abstract class BsonValueResultSet extends UnsupportedResultSet {

	private boolean wasNull;

	/** The value of {@code column} (1-based) in the current row, {@code null} when the field is missing. */
	protected abstract BsonValue read(int column) throws SQLException;

	private BsonValue value(int column) throws SQLException {
		BsonValue value = read( column );
		wasNull = value == null || value.isNull();
		return value;
	}

	@Override public boolean wasNull() { return wasNull; }
	@Override public String getString(int column) throws SQLException { return BsonValues.toStringValue( value( column ) ); }
	@Override public String getNString(int column) throws SQLException { return BsonValues.toStringValue( value( column ) ); }
	@Override public boolean getBoolean(int column) throws SQLException { return BsonValues.toBoolean( value( column ) ); }
	@Override public byte getByte(int column) throws SQLException { return BsonValues.toByte( value( column ) ); }
	@Override public short getShort(int column) throws SQLException { return BsonValues.toShort( value( column ) ); }
	@Override public int getInt(int column) throws SQLException { return BsonValues.toInt( value( column ) ); }
	@Override public long getLong(int column) throws SQLException { return BsonValues.toLong( value( column ) ); }
	@Override public float getFloat(int column) throws SQLException { return BsonValues.toFloat( value( column ) ); }
	@Override public double getDouble(int column) throws SQLException { return BsonValues.toDouble( value( column ) ); }
	@Override public BigDecimal getBigDecimal(int column) throws SQLException { return BsonValues.toBigDecimal( value( column ) ); }
	@Override public byte[] getBytes(int column) throws SQLException { return BsonValues.toBytes( value( column ) ); }
	@Override public Date getDate(int column) throws SQLException { return BsonValues.toSqlDate( value( column ) ); }
	@Override public Date getDate(int column, Calendar calendar) throws SQLException { return getDate( column ); }
	@Override public Time getTime(int column) throws SQLException { return BsonValues.toSqlTime( value( column ) ); }
	@Override public Time getTime(int column, Calendar calendar) throws SQLException { return getTime( column ); }
	@Override public Timestamp getTimestamp(int column) throws SQLException { return BsonValues.toSqlTimestamp( value( column ) ); }
	@Override public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException { return getTimestamp( column ); }
	@Override public Object getObject(int column) throws SQLException { return BsonValues.toObject( value( column ) ); }
	@Override public <T> T getObject(int column, Class<T> type) throws SQLException { return BsonValues.toObject( value( column ), type ); }
	@Override public Array getArray(int column) throws SQLException { return BsonArrayValue.of( value( column ) ); }
}
