package io.hibermongo.dialect.internal.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import com.mongodb.MongoException;

/**
 * Driver exceptions as SQLExceptions whose class and SQLState Hibernate understands, by the table of
 * {@link DriverError}: a duplicate key becomes SQLState 23505 (Hibernate's
 * {@code ConstraintViolationException} naming the index), a write conflict or another transient
 * transaction error 40001 ({@code LockAcquisitionException}), a time limit 57014
 * ({@code QueryTimeoutException}), network trouble 08006 ({@code JDBCConnectionException}), and so on;
 * {@link MongoErrorConversion} turns each into its Hibernate exception. The driver's exception is the cause,
 * its server error code the vendor code.
 */
final class Errors {

	private Errors() {
	}

	static SQLException translate(RuntimeException e, String what) {
		if ( !( e instanceof MongoException mongo ) ) {
			if ( DriverError.isDocumentTooLarge( e ) ) {
				return ErrorKind.DATA_TOO_LARGE.sqlException( what + " failed: " + DriverError.documentTooLarge() + ": " + e.getMessage(), 0, e );
			}
			return ErrorKind.OTHER.sqlException( what + " failed: " + e.getMessage(), 0, e );
		}
		DriverError row = DriverError.of( mongo );
		String explanation = row.explain( mongo );
		String message = what + " failed: " + ( explanation == null ? "" : explanation + ": " ) + mongo.getMessage();
		return row.kind.sqlException( message, DriverError.errorCode( mongo ), e );
	}

	/**
	 * A failed JDBC batch: the SQLState and message of {@link #translate}, with the update counts of the
	 * rows the batch had run before it stopped.
	 */
	static BatchUpdateException batchFailure(MongoException e, String what, int[] updateCounts) {
		SQLException translated = translate( e, what );
		return new BatchUpdateException( translated.getMessage(), translated.getSQLState(), translated.getErrorCode(), updateCounts, e );
	}
}
