package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLFeatureNotSupportedException;

/**
 * Answers every {@link java.sql.ResultSetMetaData} call that MongoDB has no counterpart for with
 * {@link SQLFeatureNotSupportedException}; subclasses override the calls Hibernate makes.
 */
abstract class UnsupportedResultSetMetaData implements java.sql.ResultSetMetaData {

	static SQLFeatureNotSupportedException unsupported(String call) {
		return new SQLFeatureNotSupportedException("ResultSetMetaData." + call + " is not supported by Hibermongo");
	}

	@Override public java.lang.String getCatalogName(int arg0) throws java.sql.SQLException { throw unsupported("getCatalogName"); }
	@Override public java.lang.String getColumnClassName(int arg0) throws java.sql.SQLException { throw unsupported("getColumnClassName"); }
	@Override public int getColumnCount() throws java.sql.SQLException { throw unsupported("getColumnCount"); }
	@Override public int getColumnDisplaySize(int arg0) throws java.sql.SQLException { throw unsupported("getColumnDisplaySize"); }
	@Override public java.lang.String getColumnLabel(int arg0) throws java.sql.SQLException { throw unsupported("getColumnLabel"); }
	@Override public java.lang.String getColumnName(int arg0) throws java.sql.SQLException { throw unsupported("getColumnName"); }
	@Override public java.lang.String getColumnTypeName(int arg0) throws java.sql.SQLException { throw unsupported("getColumnTypeName"); }
	@Override public int getColumnType(int arg0) throws java.sql.SQLException { throw unsupported("getColumnType"); }
	@Override public int getPrecision(int arg0) throws java.sql.SQLException { throw unsupported("getPrecision"); }
	@Override public int getScale(int arg0) throws java.sql.SQLException { throw unsupported("getScale"); }
	@Override public java.lang.String getSchemaName(int arg0) throws java.sql.SQLException { throw unsupported("getSchemaName"); }
	@Override public java.lang.String getTableName(int arg0) throws java.sql.SQLException { throw unsupported("getTableName"); }
	@Override public boolean isAutoIncrement(int arg0) throws java.sql.SQLException { throw unsupported("isAutoIncrement"); }
	@Override public boolean isCaseSensitive(int arg0) throws java.sql.SQLException { throw unsupported("isCaseSensitive"); }
	@Override public boolean isCurrency(int arg0) throws java.sql.SQLException { throw unsupported("isCurrency"); }
	@Override public boolean isDefinitelyWritable(int arg0) throws java.sql.SQLException { throw unsupported("isDefinitelyWritable"); }
	@Override public int isNullable(int arg0) throws java.sql.SQLException { throw unsupported("isNullable"); }
	@Override public boolean isReadOnly(int arg0) throws java.sql.SQLException { throw unsupported("isReadOnly"); }
	@Override public boolean isSearchable(int arg0) throws java.sql.SQLException { throw unsupported("isSearchable"); }
	@Override public boolean isSigned(int arg0) throws java.sql.SQLException { throw unsupported("isSigned"); }
	@Override public boolean isWrapperFor(java.lang.Class<?> arg0) throws java.sql.SQLException { throw unsupported("isWrapperFor"); }
	@Override public boolean isWritable(int arg0) throws java.sql.SQLException { throw unsupported("isWritable"); }
	@Override public <T> T unwrap(java.lang.Class<T> arg0) throws java.sql.SQLException { throw unsupported("unwrap"); }
}
