package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLFeatureNotSupportedException;

/**
 * Answers every {@link java.sql.PreparedStatement} call that MongoDB has no counterpart for with
 * {@link SQLFeatureNotSupportedException}; subclasses override the calls Hibernate makes.
 */
abstract class UnsupportedPreparedStatement implements java.sql.PreparedStatement {

	static SQLFeatureNotSupportedException unsupported(String call) {
		return new SQLFeatureNotSupportedException("PreparedStatement." + call + " is not supported by Hibermongo");
	}

	@Override public void addBatch() throws java.sql.SQLException { throw unsupported("addBatch"); }
	@Override public void addBatch(java.lang.String arg0) throws java.sql.SQLException { throw unsupported("addBatch"); }
	@Override public void cancel() throws java.sql.SQLException { throw unsupported("cancel"); }
	@Override public void clearBatch() throws java.sql.SQLException { throw unsupported("clearBatch"); }
	@Override public void clearParameters() throws java.sql.SQLException { throw unsupported("clearParameters"); }
	@Override public void clearWarnings() throws java.sql.SQLException { throw unsupported("clearWarnings"); }
	@Override public void closeOnCompletion() throws java.sql.SQLException { throw unsupported("closeOnCompletion"); }
	@Override public void close() throws java.sql.SQLException { throw unsupported("close"); }
	@Override public int[] executeBatch() throws java.sql.SQLException { throw unsupported("executeBatch"); }
	@Override public java.sql.ResultSet executeQuery() throws java.sql.SQLException { throw unsupported("executeQuery"); }
	@Override public java.sql.ResultSet executeQuery(java.lang.String arg0) throws java.sql.SQLException { throw unsupported("executeQuery"); }
	@Override public int executeUpdate() throws java.sql.SQLException { throw unsupported("executeUpdate"); }
	@Override public int executeUpdate(java.lang.String arg0, int[] arg1) throws java.sql.SQLException { throw unsupported("executeUpdate"); }
	@Override public int executeUpdate(java.lang.String arg0, java.lang.String[] arg1) throws java.sql.SQLException { throw unsupported("executeUpdate"); }
	@Override public int executeUpdate(java.lang.String arg0, int arg1) throws java.sql.SQLException { throw unsupported("executeUpdate"); }
	@Override public int executeUpdate(java.lang.String arg0) throws java.sql.SQLException { throw unsupported("executeUpdate"); }
	@Override public boolean execute() throws java.sql.SQLException { throw unsupported("execute"); }
	@Override public boolean execute(java.lang.String arg0, int[] arg1) throws java.sql.SQLException { throw unsupported("execute"); }
	@Override public boolean execute(java.lang.String arg0, java.lang.String[] arg1) throws java.sql.SQLException { throw unsupported("execute"); }
	@Override public boolean execute(java.lang.String arg0, int arg1) throws java.sql.SQLException { throw unsupported("execute"); }
	@Override public boolean execute(java.lang.String arg0) throws java.sql.SQLException { throw unsupported("execute"); }
	@Override public java.sql.Connection getConnection() throws java.sql.SQLException { throw unsupported("getConnection"); }
	@Override public int getFetchDirection() throws java.sql.SQLException { throw unsupported("getFetchDirection"); }
	@Override public int getFetchSize() throws java.sql.SQLException { throw unsupported("getFetchSize"); }
	@Override public java.sql.ResultSet getGeneratedKeys() throws java.sql.SQLException { throw unsupported("getGeneratedKeys"); }
	@Override public int getMaxFieldSize() throws java.sql.SQLException { throw unsupported("getMaxFieldSize"); }
	@Override public int getMaxRows() throws java.sql.SQLException { throw unsupported("getMaxRows"); }
	@Override public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException { throw unsupported("getMetaData"); }
	@Override public boolean getMoreResults() throws java.sql.SQLException { throw unsupported("getMoreResults"); }
	@Override public boolean getMoreResults(int arg0) throws java.sql.SQLException { throw unsupported("getMoreResults"); }
	@Override public java.sql.ParameterMetaData getParameterMetaData() throws java.sql.SQLException { throw unsupported("getParameterMetaData"); }
	@Override public int getQueryTimeout() throws java.sql.SQLException { throw unsupported("getQueryTimeout"); }
	@Override public int getResultSetConcurrency() throws java.sql.SQLException { throw unsupported("getResultSetConcurrency"); }
	@Override public int getResultSetHoldability() throws java.sql.SQLException { throw unsupported("getResultSetHoldability"); }
	@Override public int getResultSetType() throws java.sql.SQLException { throw unsupported("getResultSetType"); }
	@Override public java.sql.ResultSet getResultSet() throws java.sql.SQLException { throw unsupported("getResultSet"); }
	@Override public int getUpdateCount() throws java.sql.SQLException { throw unsupported("getUpdateCount"); }
	@Override public java.sql.SQLWarning getWarnings() throws java.sql.SQLException { throw unsupported("getWarnings"); }
	@Override public boolean isCloseOnCompletion() throws java.sql.SQLException { throw unsupported("isCloseOnCompletion"); }
	@Override public boolean isClosed() throws java.sql.SQLException { throw unsupported("isClosed"); }
	@Override public boolean isPoolable() throws java.sql.SQLException { throw unsupported("isPoolable"); }
	@Override public boolean isWrapperFor(java.lang.Class<?> arg0) throws java.sql.SQLException { throw unsupported("isWrapperFor"); }
	@Override public void setArray(int arg0, java.sql.Array arg1) throws java.sql.SQLException { throw unsupported("setArray"); }
	@Override public void setAsciiStream(int arg0, java.io.InputStream arg1, int arg2) throws java.sql.SQLException { throw unsupported("setAsciiStream"); }
	@Override public void setAsciiStream(int arg0, java.io.InputStream arg1, long arg2) throws java.sql.SQLException { throw unsupported("setAsciiStream"); }
	@Override public void setAsciiStream(int arg0, java.io.InputStream arg1) throws java.sql.SQLException { throw unsupported("setAsciiStream"); }
	@Override public void setBigDecimal(int arg0, java.math.BigDecimal arg1) throws java.sql.SQLException { throw unsupported("setBigDecimal"); }
	@Override public void setBinaryStream(int arg0, java.io.InputStream arg1, int arg2) throws java.sql.SQLException { throw unsupported("setBinaryStream"); }
	@Override public void setBinaryStream(int arg0, java.io.InputStream arg1, long arg2) throws java.sql.SQLException { throw unsupported("setBinaryStream"); }
	@Override public void setBinaryStream(int arg0, java.io.InputStream arg1) throws java.sql.SQLException { throw unsupported("setBinaryStream"); }
	@Override public void setBlob(int arg0, java.io.InputStream arg1, long arg2) throws java.sql.SQLException { throw unsupported("setBlob"); }
	@Override public void setBlob(int arg0, java.io.InputStream arg1) throws java.sql.SQLException { throw unsupported("setBlob"); }
	@Override public void setBlob(int arg0, java.sql.Blob arg1) throws java.sql.SQLException { throw unsupported("setBlob"); }
	@Override public void setBoolean(int arg0, boolean arg1) throws java.sql.SQLException { throw unsupported("setBoolean"); }
	@Override public void setByte(int arg0, byte arg1) throws java.sql.SQLException { throw unsupported("setByte"); }
	@Override public void setBytes(int arg0, byte[] arg1) throws java.sql.SQLException { throw unsupported("setBytes"); }
	@Override public void setCharacterStream(int arg0, java.io.Reader arg1, int arg2) throws java.sql.SQLException { throw unsupported("setCharacterStream"); }
	@Override public void setCharacterStream(int arg0, java.io.Reader arg1, long arg2) throws java.sql.SQLException { throw unsupported("setCharacterStream"); }
	@Override public void setCharacterStream(int arg0, java.io.Reader arg1) throws java.sql.SQLException { throw unsupported("setCharacterStream"); }
	@Override public void setClob(int arg0, java.io.Reader arg1, long arg2) throws java.sql.SQLException { throw unsupported("setClob"); }
	@Override public void setClob(int arg0, java.io.Reader arg1) throws java.sql.SQLException { throw unsupported("setClob"); }
	@Override public void setClob(int arg0, java.sql.Clob arg1) throws java.sql.SQLException { throw unsupported("setClob"); }
	@Override public void setCursorName(java.lang.String arg0) throws java.sql.SQLException { throw unsupported("setCursorName"); }
	@Override public void setDate(int arg0, java.sql.Date arg1, java.util.Calendar arg2) throws java.sql.SQLException { throw unsupported("setDate"); }
	@Override public void setDate(int arg0, java.sql.Date arg1) throws java.sql.SQLException { throw unsupported("setDate"); }
	@Override public void setDouble(int arg0, double arg1) throws java.sql.SQLException { throw unsupported("setDouble"); }
	@Override public void setEscapeProcessing(boolean arg0) throws java.sql.SQLException { throw unsupported("setEscapeProcessing"); }
	@Override public void setFetchDirection(int arg0) throws java.sql.SQLException { throw unsupported("setFetchDirection"); }
	@Override public void setFetchSize(int arg0) throws java.sql.SQLException { throw unsupported("setFetchSize"); }
	@Override public void setFloat(int arg0, float arg1) throws java.sql.SQLException { throw unsupported("setFloat"); }
	@Override public void setInt(int arg0, int arg1) throws java.sql.SQLException { throw unsupported("setInt"); }
	@Override public void setLong(int arg0, long arg1) throws java.sql.SQLException { throw unsupported("setLong"); }
	@Override public void setMaxFieldSize(int arg0) throws java.sql.SQLException { throw unsupported("setMaxFieldSize"); }
	@Override public void setMaxRows(int arg0) throws java.sql.SQLException { throw unsupported("setMaxRows"); }
	@Override public void setNCharacterStream(int arg0, java.io.Reader arg1, long arg2) throws java.sql.SQLException { throw unsupported("setNCharacterStream"); }
	@Override public void setNCharacterStream(int arg0, java.io.Reader arg1) throws java.sql.SQLException { throw unsupported("setNCharacterStream"); }
	@Override public void setNClob(int arg0, java.io.Reader arg1, long arg2) throws java.sql.SQLException { throw unsupported("setNClob"); }
	@Override public void setNClob(int arg0, java.io.Reader arg1) throws java.sql.SQLException { throw unsupported("setNClob"); }
	@Override public void setNClob(int arg0, java.sql.NClob arg1) throws java.sql.SQLException { throw unsupported("setNClob"); }
	@Override public void setNString(int arg0, java.lang.String arg1) throws java.sql.SQLException { throw unsupported("setNString"); }
	@Override public void setNull(int arg0, int arg1, java.lang.String arg2) throws java.sql.SQLException { throw unsupported("setNull"); }
	@Override public void setNull(int arg0, int arg1) throws java.sql.SQLException { throw unsupported("setNull"); }
	@Override public void setObject(int arg0, java.lang.Object arg1, int arg2, int arg3) throws java.sql.SQLException { throw unsupported("setObject"); }
	@Override public void setObject(int arg0, java.lang.Object arg1, int arg2) throws java.sql.SQLException { throw unsupported("setObject"); }
	@Override public void setObject(int arg0, java.lang.Object arg1) throws java.sql.SQLException { throw unsupported("setObject"); }
	@Override public void setPoolable(boolean arg0) throws java.sql.SQLException { throw unsupported("setPoolable"); }
	@Override public void setQueryTimeout(int arg0) throws java.sql.SQLException { throw unsupported("setQueryTimeout"); }
	@Override public void setRef(int arg0, java.sql.Ref arg1) throws java.sql.SQLException { throw unsupported("setRef"); }
	@Override public void setRowId(int arg0, java.sql.RowId arg1) throws java.sql.SQLException { throw unsupported("setRowId"); }
	@Override public void setSQLXML(int arg0, java.sql.SQLXML arg1) throws java.sql.SQLException { throw unsupported("setSQLXML"); }
	@Override public void setShort(int arg0, short arg1) throws java.sql.SQLException { throw unsupported("setShort"); }
	@Override public void setString(int arg0, java.lang.String arg1) throws java.sql.SQLException { throw unsupported("setString"); }
	@Override public void setTime(int arg0, java.sql.Time arg1, java.util.Calendar arg2) throws java.sql.SQLException { throw unsupported("setTime"); }
	@Override public void setTime(int arg0, java.sql.Time arg1) throws java.sql.SQLException { throw unsupported("setTime"); }
	@Override public void setTimestamp(int arg0, java.sql.Timestamp arg1, java.util.Calendar arg2) throws java.sql.SQLException { throw unsupported("setTimestamp"); }
	@Override public void setTimestamp(int arg0, java.sql.Timestamp arg1) throws java.sql.SQLException { throw unsupported("setTimestamp"); }
	@Override public void setURL(int arg0, java.net.URL arg1) throws java.sql.SQLException { throw unsupported("setURL"); }
	@Override public void setUnicodeStream(int arg0, java.io.InputStream arg1, int arg2) throws java.sql.SQLException { throw unsupported("setUnicodeStream"); }
	@Override public <T> T unwrap(java.lang.Class<T> arg0) throws java.sql.SQLException { throw unsupported("unwrap"); }
}
