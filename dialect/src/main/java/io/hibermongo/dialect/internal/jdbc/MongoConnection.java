package io.hibermongo.dialect.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.nativequery.NativeCommands;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonValue;

/**
 * A JDBC connection over one {@link ClientSession}. With auto-commit off and a server that has
 * transactions, a MongoDB transaction starts before the first command and ends with
 * {@link #commit()}/{@link #rollback()}; otherwise each command stands on its own. Inserts whose
 * documents may receive more rows are held back and the rows folded into them ({@link HeldInserts}).
 */
final class MongoConnection extends UnsupportedConnection {

	private static final Logger LOG = Logger.getLogger( MongoConnection.class.getName() );

	private final MongoConnectionProvider provider;
	private final ClientSession session;
	private final CommandExecutor executor;
	private final HeldInserts held = new HeldInserts( this );
	private final PendingReleases pending = new PendingReleases( this );
	private boolean autoCommit = true;
	private boolean closed;
	private boolean readOnly;
	private int isolation = Connection.TRANSACTION_READ_COMMITTED;

	MongoConnection(MongoConnectionProvider provider, ClientSession session) {
		this.provider = provider;
		this.session = session;
		this.executor = new CommandExecutor( provider.capabilities(), this );
	}

	/** The session commands run on, with the transaction started if one is due; null without sessions. */
	ClientSession session() {
		if ( session != null && !autoCommit && provider.usesTransactions() && !session.hasActiveTransaction() ) {
			session.startTransaction();
		}
		return session;
	}

	MongoDatabase database() {
		return provider.database();
	}

	/**
	 * The database as {@code command} uses it: the one place that decides whether a command runs on this
	 * connection's session (starting its transaction when one is due) or on none. Counter commands run on
	 * none, so they never join a transaction, like relational sequences.
	 */
	SessionDatabase databaseFor(MqlCommand command) {
		boolean autonomous = command instanceof MqlCommand.Autonomous || command instanceof MqlCommand.CounterIncrement
				|| command instanceof MqlCommand.CounterInit;
		return new SessionDatabase( provider.database(), autonomous ? null : session() );
	}

	/** The database as schema commands use it: inside the transaction if one runs, else on no session. */
	SessionDatabase databaseForSchema() {
		ClientSession current = session();
		return new SessionDatabase( provider.database(), current != null && current.hasActiveTransaction() ? current : null );
	}

	/** The inserted documents this connection holds back for the rows that follow them. */
	HeldInserts heldInserts() {
		return held;
	}

	/**
	 * Sends the held inserts before {@code command} runs, unless it is a counter statement, which runs
	 * outside the connection's transaction and never reads or writes documents.
	 */
	void sendHeldInsertsBefore(MqlCommand command) throws SQLException {
		if ( !( command instanceof MqlCommand.Autonomous || command instanceof MqlCommand.CounterIncrement
				|| command instanceof MqlCommand.CounterInit ) ) {
			held.send();
		}
	}

	/** Sends the held inserts now (the end of a flush, or any statement that is not folded into them). */
	void sendHeldInserts() throws SQLException {
		held.send();
	}

	/** The flush ended: sends the held inserts and releases the values that array changes replaced. */
	void flushEnded() throws SQLException {
		held.send();
		pending.release();
	}

	/** Keeps the values an array change replaced until the flush ends ({@link PendingReleases}). */
	void releaseAtFlushEnd(Map<ReferencingJdbcType, Set<BsonValue>> replaced) {
		pending.add( replaced );
	}

	DocumentLayout layout() {
		return provider.commands().layout();
	}

	/** A new tracker of the values one statement stores outside its documents. */
	ReferenceTracker referenceTracker() {
		return new ReferenceTracker( provider.database(), layout() );
	}

	/** Why this connection's commands run outside a MongoDB transaction now, or null when one runs. */
	String noTransaction() {
		if ( !provider.capabilities().transactions() ) {
			return "the MongoDB server has no transactions (it is not a replica set or sharded cluster)";
		}
		if ( !provider.usesTransactions() ) {
			return "hibernate.mongodb.transactions=disabled";
		}
		return inTransaction() ? null : "no transaction is active (the connection is in auto-commit mode)";
	}

	boolean inTransaction() {
		return session != null && session.hasActiveTransaction();
	}

	/** The command Hibernate's statement text stands for, or null for text that is not registered. */
	MqlCommand registeredCommand(String text) {
		return provider.commands().lookup( text );
	}

	/**
	 * A statement for the command registered under {@code sql}, or for the native query whose text
	 * {@code sql} is ({@link NativeCommands#isNativeText}). Any other text (a {@code StatementInspector}
	 * changed it) is refused at once: it is never parsed, so it could only run as some other command.
	 */
	@Override
	public PreparedStatement prepareStatement(String sql) throws SQLException {
		checkOpen();
		MqlCommand command = provider.commands().lookup( sql );
		if ( command == null && NativeCommands.isNativeText( sql ) ) {
			return NativePreparedStatement.prepare( this, provider.nativeCommands(), sql );
		}
		if ( command == null ) {
			throw new SQLException( "Hibermongo cannot run this statement: its text is not that of a command Hibermongo translated"
					+ " (a StatementInspector may read the statement text or put SQL comments before it, nothing else): " + sql, "42000" );
		}
		return new MongoPreparedStatement( this, executor, command, sql );
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
		return prepareStatement( sql );
	}

	@Override
	public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
		return prepareStatement( sql );
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
		return prepareStatement( sql );
	}

	@Override
	public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
		return prepareStatement( sql );
	}

	@Override
	public Statement createStatement() throws SQLException {
		checkOpen();
		return new MongoPreparedStatement( this, executor, null, null );
	}

	@Override
	public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
		return createStatement();
	}

	@Override
	public void setAutoCommit(boolean autoCommit) throws SQLException {
		held.send();
		if ( autoCommit && !this.autoCommit ) {
			commit();
		}
		this.autoCommit = autoCommit;
	}

	@Override
	public boolean getAutoCommit() {
		return autoCommit;
	}

	@Override
	public void commit() throws SQLException {
		held.send();
		pending.release();
		if ( inTransaction() ) {
			TransactionCommit.commit( session );
		}
	}

	@Override
	public void rollback() throws SQLException {
		held.discard();
		if ( inTransaction() ) {
			try {
				session.abortTransaction();
			}
			catch (RuntimeException e) {
				throw Errors.translate( e, "rollback" );
			}
		}
		// outside a transaction the array changes stay applied; inside one the check finds the restored references
		pending.release();
	}

	@Override
	public void close() throws SQLException {
		if ( closed ) {
			return;
		}
		closed = true;
		try {
			if ( autoCommit ) {
				held.send();
			}
			else {
				held.discard();
			}
			pending.release();
		}
		finally {
			closeSession();
		}
	}

	private void closeSession() {
		if ( session != null ) {
			try {
				if ( session.hasActiveTransaction() ) {
					session.abortTransaction();
				}
			}
			catch (MongoException e) {
				// the server aborts a transaction nobody commits when its lifetime ends; closing goes on
				LOG.fine( "Aborting the transaction of a closed connection failed: " + e );
			}
			session.close();
		}
	}

	@Override
	public boolean isClosed() {
		return closed;
	}

	@Override
	public boolean isValid(int timeout) {
		return !closed;
	}

	private void checkOpen() throws SQLException {
		if ( closed ) {
			throw new SQLException( "The connection is closed", "08003" );
		}
	}

	@Override
	public DatabaseMetaData getMetaData() {
		return new MongoDatabaseMetaData( this, provider.database().getName() );
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	@Override
	public void setTransactionIsolation(int level) {
		isolation = level;
	}

	@Override
	public int getTransactionIsolation() {
		return isolation;
	}

	@Override
	public SQLWarning getWarnings() {
		return null;
	}

	@Override
	public void clearWarnings() {
	}

	@Override
	public String getCatalog() {
		return null;
	}

	@Override
	public void setCatalog(String catalog) {
	}

	@Override
	public String getSchema() {
		return null;
	}

	@Override
	public void setSchema(String schema) {
	}

	@Override
	public int getHoldability() {
		return java.sql.ResultSet.CLOSE_CURSORS_AT_COMMIT;
	}

	@Override
	public String nativeSQL(String sql) {
		return sql;
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance( this ) || type.isInstance( session );
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if ( type.isInstance( this ) ) {
			return type.cast( this );
		}
		if ( session != null && type.isInstance( session ) ) {
			// driver calls on the session must see the held documents
			held.send();
			// with the transaction started if one is due, so that driver calls on it join the ORM's
			return type.cast( session() );
		}
		throw new SQLException( "Not a wrapper for " + type.getName() );
	}
}
