package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Commits a connection's MongoDB transaction as the driver's documentation advises: a commit whose
 * outcome is unknown ({@code UnknownTransactionCommitResult}: the reply was lost, a failover, a write
 * concern timeout) is sent again, and committing again is safe because the server commits a transaction
 * once; after {@link #ATTEMPTS} attempts the commit fails saying its outcome is unknown. A commit the
 * server aborted with a {@code TransientTransactionError} (a write conflict found at commit, a failover
 * before it) cannot succeed by repeating the commit, only by running the whole transaction again: it is
 * thrown at once as Hibernate's retryable {@link LockAcquisitionException}, the driver's error kept as
 * the cause, instead of the {@code TransactionException} Hibernate would wrap an SQLException in.
 */
final class TransactionCommit {

	/** The first commit and three retries (the driver already repeats a retryable commit once inside each). */
	static final int ATTEMPTS = 4;

	private TransactionCommit() {
	}

	static void commit(ClientSession session) throws SQLException {
		for ( int attempt = 1; ; attempt++ ) {
			try {
				session.commitTransaction();
				return;
			}
			catch (MongoException e) {
				if ( e.hasErrorLabel( MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL ) && attempt < ATTEMPTS ) {
					continue;
				}
				SQLException translated = Errors.translate( e, "commit" );
				if ( e.hasErrorLabel( MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL ) ) {
					throw new LockAcquisitionException( translated.getMessage(), translated, "commitTransaction" );
				}
				if ( e.hasErrorLabel( MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL ) ) {
					throw ErrorKind.CONNECTION.sqlException( "commit failed: its outcome is unknown after " + ATTEMPTS
							+ " attempts (UnknownTransactionCommitResult): the transaction may or may not have been committed: "
							+ e.getMessage(), e.getCode(), e );
				}
				throw translated;
			}
		}
	}
}
