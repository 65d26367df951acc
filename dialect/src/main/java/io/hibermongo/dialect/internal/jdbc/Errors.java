package io.hibermongo.dialect.internal.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;

/**
 * Driver exceptions as SQLExceptions whose class and SQLState Hibernate already understands: a
 * duplicate key or a document the collection's validator refuses (code 121) becomes SQLState 23000
 * (Hibernate's {@code ConstraintViolationException}), a write
 * conflict 40001 ({@code LockAcquisitionException}), network trouble 08xxx. The cause is kept.
 */
final class Errors {

	private static final int DUPLICATE_KEY = 11000;
	private static final int WRITE_CONFLICT = 112;
	private static final int DOCUMENT_VALIDATION_FAILURE = 121;

	private Errors() {
	}

	static SQLException translate(RuntimeException e, String what) {
		if ( !( e instanceof MongoException mongo ) ) {
			return new SQLException( what + " failed: " + e.getMessage(), "HY000", e );
		}
		String message = what + " failed: " + mongo.getMessage();
		if ( isDuplicateKey( mongo ) ) {
			return new SQLIntegrityConstraintViolationException( message, "23000", DUPLICATE_KEY, e );
		}
		if ( isCode( mongo, DOCUMENT_VALIDATION_FAILURE ) ) {
			return new SQLIntegrityConstraintViolationException( what + " failed: the document does not satisfy the collection's "
					+ "$jsonSchema validator (hibernate.mongodb.enforce_schema): " + mongo.getMessage(), "23000", DOCUMENT_VALIDATION_FAILURE, e );
		}
		if ( mongo.getCode() == WRITE_CONFLICT || mongo.hasErrorLabel( MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL ) ) {
			return new SQLTransactionRollbackException( message, "40001", mongo.getCode(), e );
		}
		if ( mongo instanceof MongoSocketException || mongo instanceof MongoTimeoutException ) {
			return new SQLTransientConnectionException( message, "08006", mongo.getCode(), e );
		}
		return new SQLException( message, "HY000", mongo.getCode(), e );
	}

	/**
	 * A failed JDBC batch: the SQLState and message of {@link #translate}, with the update counts of the
	 * rows the batch had run before it stopped.
	 */
	static BatchUpdateException batchFailure(MongoException e, String what, int[] updateCounts) {
		SQLException translated = translate( e, what );
		return new BatchUpdateException( translated.getMessage(), translated.getSQLState(), translated.getErrorCode(), updateCounts, e );
	}

	/** Whether {@code e}, or one of the write errors it reports, has the server error {@code code}. */
	private static boolean isCode(MongoException e, int code) {
		if ( e instanceof MongoWriteException write ) {
			return write.getError().getCode() == code;
		}
		if ( e instanceof MongoBulkWriteException bulk ) {
			return bulk.getWriteErrors().stream().anyMatch( error -> error.getCode() == code );
		}
		return e.getCode() == code;
	}

	static boolean isDuplicateKey(MongoException e) {
		if ( e instanceof MongoWriteException write ) {
			return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
		}
		if ( e instanceof MongoBulkWriteException bulk ) {
			return bulk.getWriteErrors().stream().anyMatch( error -> error.getCode() == DUPLICATE_KEY );
		}
		return e.getCode() == DUPLICATE_KEY;
	}
}
