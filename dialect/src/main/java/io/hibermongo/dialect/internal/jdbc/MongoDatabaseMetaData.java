package io.hibermongo.dialect.internal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;

/**
 * What Hibernate asks about the "database" while it starts: MongoDB's name and version, no SQL
 * keywords, batch updates supported, generated keys and DDL transactions not.
 */
final class MongoDatabaseMetaData extends UnsupportedDatabaseMetaData {

	private final MongoConnection connection;
	private final String database;

	MongoDatabaseMetaData(MongoConnection connection, String database) {
		this.connection = connection;
		this.database = database;
	}

	@Override public Connection getConnection() { return connection; }
	@Override public String getDatabaseProductName() { return "MongoDB"; }
	@Override public String getDatabaseProductVersion() { return "7.0"; }
	@Override public int getDatabaseMajorVersion() { return 7; }
	@Override public int getDatabaseMinorVersion() { return 0; }
	@Override public String getDriverName() { return "Hibermongo"; }
	@Override public String getDriverVersion() { return "0.1.0"; }
	@Override public int getDriverMajorVersion() { return 0; }
	@Override public int getDriverMinorVersion() { return 1; }
	@Override public int getJDBCMajorVersion() { return 4; }
	@Override public int getJDBCMinorVersion() { return 2; }
	@Override public String getURL() { return "mongodb:///" + database; }
	@Override public String getUserName() { return null; }
	@Override public String getSQLKeywords() { return ""; }
	@Override public int getSQLStateType() { return sqlStateSQL; }
	@Override public boolean supportsBatchUpdates() { return true; }
	@Override public boolean supportsGetGeneratedKeys() { return true; }
	@Override public boolean supportsNamedParameters() { return false; }
	@Override public boolean supportsResultSetType(int type) { return type == ResultSet.TYPE_FORWARD_ONLY; }
	@Override public boolean supportsResultSetConcurrency(int type, int concurrency) { return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY; }
	@Override public boolean supportsDataDefinitionAndDataManipulationTransactions() { return false; }
	@Override public boolean supportsDataManipulationTransactionsOnly() { return true; }
	@Override public boolean dataDefinitionCausesTransactionCommit() { return false; }
	@Override public boolean dataDefinitionIgnoredInTransactions() { return false; }
	@Override public boolean supportsTransactions() { return true; }
	@Override public int getDefaultTransactionIsolation() { return Connection.TRANSACTION_READ_COMMITTED; }
	@Override public boolean supportsTransactionIsolationLevel(int level) { return level == Connection.TRANSACTION_READ_COMMITTED; }
	@Override public boolean locatorsUpdateCopy() { return false; }
	@Override public boolean storesLowerCaseIdentifiers() { return false; }
	@Override public boolean storesUpperCaseIdentifiers() { return false; }
	@Override public boolean storesMixedCaseIdentifiers() { return true; }
	@Override public boolean storesLowerCaseQuotedIdentifiers() { return false; }
	@Override public boolean storesUpperCaseQuotedIdentifiers() { return false; }
	@Override public boolean storesMixedCaseQuotedIdentifiers() { return true; }
	@Override public boolean supportsMixedCaseIdentifiers() { return true; }
	@Override public boolean supportsMixedCaseQuotedIdentifiers() { return true; }
	@Override public String getIdentifierQuoteString() { return "\""; }
	@Override public String getCatalogSeparator() { return "."; }
	@Override public String getCatalogTerm() { return "database"; }
	@Override public String getSchemaTerm() { return "schema"; }
	@Override public boolean isCatalogAtStart() { return true; }
	@Override public boolean supportsSchemasInTableDefinitions() { return false; }
	@Override public boolean supportsCatalogsInTableDefinitions() { return false; }
	@Override public boolean supportsStoredProcedures() { return false; }
	@Override public boolean supportsSubqueriesInIns() { return false; }
	@Override public boolean supportsMultipleResultSets() { return false; }
	@Override public RowIdLifetime getRowIdLifetime() { return RowIdLifetime.ROWID_UNSUPPORTED; }
	@Override public ResultSet getTypeInfo() { return MongoResultSet.empty( null ); }
	@Override public String getExtraNameCharacters() { return ""; }
	@Override public int getMaxColumnNameLength() { return 0; }
	@Override public int getMaxTableNameLength() { return 0; }
	@Override public boolean isReadOnly() { return false; }
	@Override public boolean supportsSchemasInDataManipulation() { return false; }
	@Override public boolean supportsCatalogsInDataManipulation() { return false; }
	@Override public boolean supportsSchemasInIndexDefinitions() { return false; }
	@Override public boolean supportsCatalogsInIndexDefinitions() { return false; }
	@Override public boolean supportsSchemasInProcedureCalls() { return false; }
	@Override public boolean supportsCatalogsInProcedureCalls() { return false; }
	@Override public boolean supportsSchemasInPrivilegeDefinitions() { return false; }
	@Override public boolean supportsCatalogsInPrivilegeDefinitions() { return false; }
	@Override public boolean supportsAlterTableWithAddColumn() { return false; }
	@Override public boolean supportsAlterTableWithDropColumn() { return false; }
	@Override public boolean supportsOpenCursorsAcrossCommit() { return false; }
	@Override public boolean supportsOpenCursorsAcrossRollback() { return false; }
	@Override public boolean supportsOpenStatementsAcrossCommit() { return true; }
	@Override public boolean supportsOpenStatementsAcrossRollback() { return true; }
	@Override public boolean nullsAreSortedLow() { return true; }
	@Override public boolean nullsAreSortedHigh() { return false; }
	@Override public boolean nullsAreSortedAtStart() { return false; }
	@Override public boolean nullsAreSortedAtEnd() { return false; }
	@Override public boolean supportsRefCursors() { return false; }
	@Override public String getSearchStringEscape() { return "\\"; }
	@Override public ResultSet getSchemas() { return MongoResultSet.empty( null ); }
	@Override public ResultSet getCatalogs() { return MongoResultSet.empty( null ); }
	@Override public boolean isWrapperFor(Class<?> type) { return type.isInstance( this ); }
	@Override public <T> T unwrap(Class<T> type) { return type.cast( this ); }
}
