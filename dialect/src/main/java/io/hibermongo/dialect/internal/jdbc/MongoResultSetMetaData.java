package io.hibermongo.dialect.internal.jdbc;

import java.sql.Types;

import io.hibermongo.dialect.internal.mql.ResultColumns;

/** Column count and names (the field paths) of a {@link MongoResultSet}; types are not known up front. */
final class MongoResultSetMetaData extends UnsupportedResultSetMetaData {

	private final ResultColumns columns;

	MongoResultSetMetaData(ResultColumns columns) {
		this.columns = columns;
	}

	@Override public int getColumnCount() { return columns.size(); }
	@Override public String getColumnLabel(int column) { return columns.path( column - 1 ); }
	@Override public String getColumnName(int column) { return getColumnLabel( column ); }
	@Override public int getColumnType(int column) { return Types.JAVA_OBJECT; }
	@Override public String getColumnTypeName(int column) { return "BSON"; }
	@Override public int isNullable(int column) { return columnNullable; }
	@Override public String getTableName(int column) { return ""; }
	@Override public String getSchemaName(int column) { return ""; }
	@Override public String getCatalogName(int column) { return ""; }
	@Override public int getPrecision(int column) { return 0; }
	@Override public int getScale(int column) { return 0; }
	@Override public boolean isWrapperFor(Class<?> type) { return type.isInstance( this ); }
	@Override public <T> T unwrap(Class<T> type) { return type.cast( this ); }
}
