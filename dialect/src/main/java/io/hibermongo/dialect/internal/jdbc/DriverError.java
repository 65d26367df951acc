package io.hibermongo.dialect.internal.jdbc;

import java.util.Set;
import java.util.function.Predicate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCursorNotFoundException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoConnectionPoolClearedException;
import org.bson.BsonMaximumSizeExceededException;

/**
 * The table of driver errors Hibermongo translates, first match wins: which {@link ErrorKind} (and so
 * which SQLState and Hibernate exception) each becomes, and the sentence put before the driver's own
 * message. {@code docs/DESIGN.md} ("Driver errors") shows the same table; {@code DriverErrorTest} has a
 * case per row. Server error codes are MongoDB's ({@code src/mongo/base/error_codes.yml}).
 */
enum DriverError {
	DUPLICATE_KEY(ErrorKind.UNIQUE_VIOLATION, "a unique index refused a duplicate key", DriverError::isDuplicateKey),
	DOCUMENT_VALIDATION_FAILURE(ErrorKind.CHECK_VIOLATION,
			"the document does not satisfy the collection's $jsonSchema validator (hibernate.mongodb.enforce_schema)", codes( 121 )),
	WRITE_CONFLICT(ErrorKind.TRANSACTION_CONFLICT,
			"write conflict: another transaction wrote the same document; the transaction is aborted, retry it", codes( 112 )),
	LOCK_TIMEOUT(ErrorKind.LOCK_TIMEOUT, "a lock was not granted in time (LockTimeout / LockBusy)", codes( 24, 46 )),
	TRANSIENT_TRANSACTION_ERROR(ErrorKind.TRANSACTION_CONFLICT,
			"the transaction was aborted by a transient error (TransientTransactionError); retry the whole transaction",
			e -> e.hasErrorLabel( MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL )),
	TIME_LIMIT_EXCEEDED(ErrorKind.QUERY_TIMEOUT, "the statement exceeded its time limit (query timeout / maxTimeMS)",
			e -> e instanceof MongoExecutionTimeoutException || e instanceof MongoOperationTimeoutException || hasCode( e, 50, 262 )),
	NOT_PRIMARY(ErrorKind.CONNECTION, "the server is not primary, stepping down or shutting down (retryable)",
			e -> e instanceof MongoNotPrimaryException || e instanceof MongoNodeIsRecoveringException
					|| hasCode( e, 10107, 13435, 13436, 11600, 11602, 189, 91, 10058 )),
	NETWORK(ErrorKind.CONNECTION, "network error talking to the server", e -> e instanceof MongoSocketException),
	NO_SERVER(ErrorKind.CONNECTION, "no suitable server answered in time (server selection or connection pool timeout)",
			e -> e instanceof MongoTimeoutException || e instanceof MongoServerUnavailableException
					|| e instanceof MongoConnectionPoolClearedException),
	UNAUTHORIZED(ErrorKind.NOT_AUTHORIZED, null, codes( 13 )),
	AUTHENTICATION_FAILED(ErrorKind.AUTHENTICATION, "authentication failed: check the user name, password and authentication database",
			e -> e instanceof MongoSecurityException || hasCode( e, 18 )),
	INTERRUPTED(ErrorKind.CANCELED, "the operation was interrupted (the calling thread was interrupted, or killOp on the server)",
			e -> e instanceof MongoInterruptedException || hasCode( e, 11601 )),
	CURSOR_NOT_FOUND(ErrorKind.CURSOR_GONE, "the server no longer has the cursor of this result (it was idle over 10 minutes or killed);"
			+ " read the results sooner or use a smaller fetch size", e -> e instanceof MongoCursorNotFoundException || hasCode( e, 43 )),
	WRITE_CONCERN_FAILED(ErrorKind.OTHER, "the write was applied on the primary but its write concern was not satisfied;"
			+ " it may not be durable", e -> e instanceof MongoWriteConcernException),
	DOCUMENT_TOO_LARGE(ErrorKind.DATA_TOO_LARGE, "the document is larger than MongoDB's 16 MiB limit; store large values with @Lob (GridFS)",
			e -> hasCode( e, 10334, 17419, 17420 )),
	OTHER(ErrorKind.OTHER, null, e -> true);

	private static final Set<Integer> DUPLICATE_KEY_CODES = Set.of( 11000, 11001, 12582 );

	final ErrorKind kind;
	private final String explanation;
	private final Predicate<MongoException> matches;

	DriverError(ErrorKind kind, String explanation, Predicate<MongoException> matches) {
		this.kind = kind;
		this.explanation = explanation;
		this.matches = matches;
	}

	/** The first row that matches {@code e}. */
	static DriverError of(MongoException e) {
		for ( DriverError row : values() ) {
			if ( row.matches.test( e ) ) {
				return row;
			}
		}
		throw new AssertionError( "OTHER matches every error" );
	}

	/** The explanation of this row for {@code e}, or null when the driver's message says it all. */
	String explain(MongoException e) {
		return this == UNAUTHORIZED ? Privileges.explain( e.getMessage() ) : explanation;
	}

	/** A client-side error: the encoded document exceeds the size the server accepts. */
	static boolean isDocumentTooLarge(RuntimeException e) {
		return e instanceof BsonMaximumSizeExceededException;
	}

	static String documentTooLarge() {
		return DOCUMENT_TOO_LARGE.explanation;
	}

	private static Predicate<MongoException> codes(int... codes) {
		return e -> hasCode( e, codes );
	}

	/** Whether {@code e}, or a write error it reports, has one of the server error {@code codes}. */
	private static boolean hasCode(MongoException e, int... codes) {
		for ( int code : codes ) {
			if ( errorCode( e ) == code ) {
				return true;
			}
		}
		return false;
	}

	/** The server's error code: of the (first) write error for a write, else the command's. */
	static int errorCode(MongoException e) {
		if ( e instanceof MongoWriteException write ) {
			return write.getError().getCode();
		}
		if ( e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty() ) {
			return bulk.getWriteErrors().get( 0 ).getCode();
		}
		return e.getCode();
	}

	static boolean isDuplicateKey(MongoException e) {
		if ( e instanceof MongoWriteException write ) {
			return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
		}
		if ( e instanceof MongoBulkWriteException bulk ) {
			return bulk.getWriteErrors().stream().anyMatch( error -> DUPLICATE_KEY_CODES.contains( error.getCode() ) );
		}
		return DUPLICATE_KEY_CODES.contains( e.getCode() );
	}
}
