package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoCursorNotFoundException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.bulk.WriteConcernError;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.hibernate.JDBCException;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.AuthException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.LockTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case per row of the driver error table ({@link DriverError}): the row the driver's exception
 * matches, the SQLState the adapter throws, and the Hibernate exception the dialect's conversion makes of
 * it, with the driver's exception kept as the cause of the cause.
 */
class DriverErrorTest {

	private static final ServerAddress SERVER = new ServerAddress( "db.example", 27017 );

	record Case(DriverError row, MongoException error, String sqlState, Class<? extends JDBCException> hibernate, String mentions) {
		@Override
		public String toString() {
			return row + " (" + error.getClass().getSimpleName() + " " + error.getCode() + ")";
		}
	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case( DriverError.DUPLICATE_KEY, write( 11000, "E11000 duplicate key error collection: shop.Person index: UK_email dup key: { email: \"a@b\" }" ),
						"23505", ConstraintViolationException.class, "unique index" ),
				new Case( DriverError.DUPLICATE_KEY, command( 11000, "DuplicateKey", "E11000 duplicate key error collection: shop.Person index: UK_email dup key: { email: \"a@b\" }" ),
						"23505", ConstraintViolationException.class, "unique index" ),
				new Case( DriverError.DOCUMENT_VALIDATION_FAILURE, write( 121, "Document failed validation" ),
						"23514", ConstraintViolationException.class, "$jsonSchema" ),
				new Case( DriverError.WRITE_CONFLICT, command( 112, "WriteConflict", "Caused by :: Write conflict during plan execution", "TransientTransactionError" ),
						"40001", LockAcquisitionException.class, "another transaction wrote the same document" ),
				new Case( DriverError.LOCK_TIMEOUT, command( 24, "LockTimeout", "Unable to acquire IX lock on '{…}' within 5ms", "TransientTransactionError" ),
						"HYT00", LockTimeoutException.class, "not granted in time" ),
				new Case( DriverError.TRANSIENT_TRANSACTION_ERROR, command( 251, "NoSuchTransaction", "Transaction 3 has been aborted.", "TransientTransactionError" ),
						"40001", LockAcquisitionException.class, "retry the whole transaction" ),
				new Case( DriverError.TRANSIENT_TRANSACTION_ERROR, socketError( "TransientTransactionError" ),
						"40001", LockAcquisitionException.class, "retry the whole transaction" ),
				new Case( DriverError.TIME_LIMIT_EXCEEDED, command( 50, "MaxTimeMSExpired", "operation exceeded time limit" ),
						"57014", QueryTimeoutException.class, "time limit" ),
				new Case( DriverError.TIME_LIMIT_EXCEEDED, new MongoExecutionTimeoutException( 50, "operation exceeded time limit" ),
						"57014", QueryTimeoutException.class, "time limit" ),
				new Case( DriverError.TIME_LIMIT_EXCEEDED, new MongoOperationTimeoutException( "Operation exceeded the timeout limit" ),
						"57014", QueryTimeoutException.class, "time limit" ),
				new Case( DriverError.NOT_PRIMARY, new MongoNotPrimaryException( response( 10107, "NotWritablePrimary", "not primary" ), SERVER ),
						"08006", JDBCConnectionException.class, "not primary" ),
				new Case( DriverError.NOT_PRIMARY, command( 11600, "InterruptedAtShutdown", "interrupted at shutdown" ),
						"08006", JDBCConnectionException.class, "shutting down" ),
				new Case( DriverError.NETWORK, socketError(),
						"08006", JDBCConnectionException.class, "network error" ),
				new Case( DriverError.NO_SERVER, new MongoTimeoutException( "Timed out while waiting for a server that matches WritableServerSelector" ),
						"08006", JDBCConnectionException.class, "server selection" ),
				new Case( DriverError.UNAUTHORIZED, command( 13, "Unauthorized", "not authorized on shop to execute command { insert: \"Book\", ordered: true, $db: \"shop\" }" ),
						"42501", AuthException.class, "privilege action insert" ),
				new Case( DriverError.AUTHENTICATION_FAILED, new MongoSecurityException( MongoCredential.createCredential( "app", "admin", new char[0] ),
						"Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='app', source='admin'}" ),
						"28000", AuthException.class, "authentication failed" ),
				new Case( DriverError.AUTHENTICATION_FAILED, command( 18, "AuthenticationFailed", "Authentication failed." ),
						"28000", AuthException.class, "authentication failed" ),
				new Case( DriverError.INTERRUPTED, new MongoInterruptedException( "Interrupted waiting for lock", new InterruptedException() ),
						"HY008", GenericJDBCException.class, "interrupted" ),
				new Case( DriverError.INTERRUPTED, command( 11601, "Interrupted", "operation was interrupted" ),
						"HY008", GenericJDBCException.class, "killOp" ),
				new Case( DriverError.CURSOR_NOT_FOUND, new MongoCursorNotFoundException( 42L, response( 43, "CursorNotFound", "cursor id 42 not found" ), SERVER ),
						"24000", GenericJDBCException.class, "no longer has the cursor" ),
				new Case( DriverError.WRITE_CONCERN_FAILED, new MongoWriteConcernException(
						new WriteConcernError( 64, "WriteConcernFailed", "waiting for replication timed out", new BsonDocument() ), SERVER ),
						"HY000", GenericJDBCException.class, "may not be durable" ),
				new Case( DriverError.DOCUMENT_TOO_LARGE, command( 10334, "BSONObjectTooLarge", "object to insert too large" ),
						"22001", DataException.class, "16 MiB" ),
				new Case( DriverError.OTHER, command( 2, "BadValue", "unknown operator: $foo" ),
						"HY000", GenericJDBCException.class, "unknown operator" ) );
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void driverErrorBecomesItsHibernateException(Case c) {
		assertThat( DriverError.of( c.error() ) ).isEqualTo( c.row() );
		SQLException thrown = Errors.translate( c.error(), "insert into Book" );
		assertThat( thrown.getSQLState() ).isEqualTo( c.sqlState() );
		assertThat( thrown.getCause() ).isSameAs( c.error() );
		assertThat( thrown.getMessage() ).startsWith( "insert into Book failed: " ).contains( c.mentions() );

		JDBCException converted = new MongoErrorConversion().convert( thrown, "could not execute statement [" + thrown.getMessage() + "]", "{insert: Book}" );
		assertThat( (Throwable) converted ).isExactlyInstanceOf( c.hibernate() );
		assertThat( (Object) converted.getSQLException() ).isSameAs( thrown );
		assertThat( converted.getErrorCode() ).isEqualTo( DriverError.errorCode( c.error() ) );
	}

	@Test
	void everyRowHasACase() {
		Set<DriverError> covered = EnumSet.noneOf( DriverError.class );
		cases().forEach( c -> covered.add( c.row() ) );
		assertThat( covered ).containsExactlyInAnyOrder( DriverError.values() );
	}

	@Test
	void duplicateKeyNamesTheIndexAsTheConstraint() {
		SQLException thrown = Errors.translate( write( 11000,
				"E11000 duplicate key error collection: shop.Person index: UK_email dup key: { email: \"a@b\" }" ), "insert" );
		ConstraintViolationException converted = (ConstraintViolationException) new MongoErrorConversion().convert( thrown, "insert", "insert" );
		assertThat( converted.getConstraintName() ).isEqualTo( "UK_email" );
		assertThat( converted.getKind() ).isEqualTo( ConstraintViolationException.ConstraintKind.UNIQUE );
	}

	@Test
	void validatorRefusalIsACheckConstraint() {
		SQLException thrown = Errors.translate( write( 121, "Document failed validation" ), "insert" );
		ConstraintViolationException converted = (ConstraintViolationException) new MongoErrorConversion().convert( thrown, "insert", "insert" );
		assertThat( converted.getKind() ).isEqualTo( ConstraintViolationException.ConstraintKind.CHECK );
	}

	@Test
	void unauthorizedForAnUnknownCommandStillSaysWhatToGrant() {
		SQLException thrown = Errors.translate( command( 13, "Unauthorized", "command requires authentication" ), "find" );
		assertThat( thrown.getMessage() ).contains( "not authorized" ).contains( "grant it a role" );
	}

	@Test
	void sqlStatesTheAdapterDoesNotMakeAreLeftToHibernate() {
		assertThat( (Throwable) new MongoErrorConversion().convert( new SQLException( "not bound", "07001" ), "m", "s" ) ).isNull();
	}

	@Test
	void aDocumentTooLargeForTheClientIsADataException() {
		SQLException thrown = Errors.translate( new org.bson.BsonMaximumSizeExceededException( "Payload document size is larger than maximum of 16793600." ), "insert" );
		assertThat( (Throwable) new MongoErrorConversion().convert( thrown, "insert", "insert" ) ).isInstanceOf( DataException.class );
	}

	private static MongoWriteException write(int code, String message) {
		return new MongoWriteException( new WriteError( code, message, new BsonDocument() ), SERVER, Set.of() );
	}

	private static MongoSocketReadException socketError(String... labels) {
		MongoSocketReadException e = new MongoSocketReadException( "Prematurely reached end of stream", SERVER );
		for ( String label : labels ) {
			e.addLabel( label );
		}
		return e;
	}

	private static MongoCommandException command(int code, String codeName, String message, String... labels) {
		BsonDocument response = response( code, codeName, message );
		if ( labels.length > 0 ) {
			response.append( "errorLabels", new BsonArray( List.of( labels ).stream().map( BsonString::new ).toList() ) );
		}
		return new MongoCommandException( response, SERVER );
	}

	private static BsonDocument response(int code, String codeName, String message) {
		return new BsonDocument( "ok", new BsonDouble( 0 ) ).append( "code", new BsonInt32( code ) )
				.append( "codeName", new BsonString( codeName ) ).append( "errmsg", new BsonString( message ) );
	}
}
