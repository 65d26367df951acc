package io.hibermongo.dialect.internal.jdbc;

import java.sql.Types;

import org.bson.BsonBinarySubType;
import org.bson.BsonValue;

/**
 * Column labels and types of a {@link NativeResultSet}. A column's JDBC type follows the BSON type of its
 * value in the first document (int32 → INTEGER, int64 → BIGINT, double → DOUBLE, decimal128 → NUMERIC,
 * string → VARCHAR, bool → BOOLEAN, date → TIMESTAMP, binary → VARBINARY); everything else, and a column
 * missing or NULL there, is JAVA_OBJECT, read with {@code getObject} (an ObjectId, a UUID, or the BSON value
 * itself for documents and arrays).
 */
final class NativeResultSetMetaData extends UnsupportedResultSetMetaData {

	private final NativeResultSet resultSet;

	NativeResultSetMetaData(NativeResultSet resultSet) {
		this.resultSet = resultSet;
	}

	@Override public int getColumnCount() { return resultSet.columnCount(); }
	@Override public String getColumnLabel(int column) { return resultSet.label( column ); }
	@Override public String getColumnName(int column) { return resultSet.label( column ); }

	@Override
	public int getColumnType(int column) {
		BsonValue sample = resultSet.sample( column );
		if ( sample == null ) {
			return Types.JAVA_OBJECT;
		}
		return switch ( sample.getBsonType() ) {
			case INT32 -> Types.INTEGER;
			case INT64 -> Types.BIGINT;
			case DOUBLE -> Types.DOUBLE;
			case DECIMAL128 -> Types.NUMERIC;
			case STRING -> Types.VARCHAR;
			case BOOLEAN -> Types.BOOLEAN;
			case DATE_TIME -> Types.TIMESTAMP;
			case BINARY -> sample.asBinary().getType() == BsonBinarySubType.UUID_STANDARD.getValue() ? Types.JAVA_OBJECT : Types.VARBINARY;
			default -> Types.JAVA_OBJECT;
		};
	}

	@Override
	public String getColumnTypeName(int column) {
		BsonValue sample = resultSet.sample( column );
		return sample == null ? "BSON" : sample.getBsonType().name();
	}

	@Override public int isNullable(int column) { return columnNullable; }
	@Override public String getTableName(int column) { return ""; }
	@Override public String getSchemaName(int column) { return ""; }
	@Override public String getCatalogName(int column) { return ""; }
	@Override public int getPrecision(int column) { return 0; }
	@Override public int getScale(int column) { return 0; }
	@Override public int getColumnDisplaySize(int column) { return 0; }
	@Override public boolean isWrapperFor(Class<?> type) { return type.isInstance( this ); }
	@Override public <T> T unwrap(Class<T> type) { return type.cast( this ); }
}
