package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.JDBCException;
import org.hibernate.QueryTimeoutException;
import org.hibernate.exception.AuthException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.DataException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.LockTimeoutException;

/**
 * What a driver error means to a Hibernate user: the SQLState and JDBC exception class the adapter throws
 * for it, and the Hibernate exception {@link MongoErrorConversion} makes of that. Each kind has its own
 * SQLState, so the conversion needs nothing but the SQLState; which driver errors are of which kind is
 * {@link DriverError}'s table.
 */
enum ErrorKind {
	/** A unique index refused the write; the index name is the constraint name. */
	UNIQUE_VIOLATION("23505", SQLIntegrityConstraintViolationException::new,
			(message, e, sql) -> new ConstraintViolationException( message, e, sql, ConstraintKind.UNIQUE, DuplicateKeys.indexName( e ) )),
	/** The collection's {@code $jsonSchema} validator refused the document. */
	CHECK_VIOLATION("23514", SQLIntegrityConstraintViolationException::new,
			(message, e, sql) -> new ConstraintViolationException( message, e, sql, ConstraintKind.CHECK, null )),
	/** The transaction conflicted with another one and was aborted: retrying the whole transaction may succeed. */
	TRANSACTION_CONFLICT("40001", SQLTransactionRollbackException::new, LockAcquisitionException::new),
	/** A lock was not granted in time. */
	LOCK_TIMEOUT("HYT00", SQLTransactionRollbackException::new, LockTimeoutException::new),
	/** The statement ran longer than its time limit and was stopped. */
	QUERY_TIMEOUT("57014", SQLTimeoutException::new, QueryTimeoutException::new),
	/** The server could not be reached, the connection broke, or the server is not (or no longer) primary. */
	CONNECTION("08006", SQLTransientConnectionException::new, JDBCConnectionException::new),
	/** The authenticated user lacks a privilege the command needs. */
	NOT_AUTHORIZED("42501", SQLException::new, AuthException::new),
	/** The credentials were refused. */
	AUTHENTICATION("28000", SQLInvalidAuthorizationSpecException::new, AuthException::new),
	/** A value (here: a whole document) is larger than the server takes. */
	DATA_TOO_LARGE("22001", SQLDataException::new, DataException::new),
	/** The server no longer has the cursor a result set was reading. */
	CURSOR_GONE("24000", SQLException::new, GenericJDBCException::new),
	/** The operation was interrupted: the client thread, or a {@code killOp} on the server. */
	CANCELED("HY008", SQLException::new, GenericJDBCException::new),
	/** Anything else: Hibernate's {@code GenericJDBCException}, the driver's message and code kept. */
	OTHER("HY000", SQLException::new, GenericJDBCException::new);

	/** A JDBC exception class's constructor {@code (reason, SQLState, vendorCode, cause)}. */
	private interface JdbcFactory {
		SQLException create(String message, String sqlState, int code, Throwable cause);
	}

	/** A Hibernate exception's constructor {@code (message, SQLException, sql)}. */
	private interface HibernateFactory {
		JDBCException create(String message, SQLException e, String sql);
	}

	final String sqlState;
	private final JdbcFactory jdbc;
	private final HibernateFactory hibernate;

	ErrorKind(String sqlState, JdbcFactory jdbc, HibernateFactory hibernate) {
		this.sqlState = sqlState;
		this.jdbc = jdbc;
		this.hibernate = hibernate;
	}

	/** The JDBC exception the adapter throws for an error of this kind. */
	SQLException sqlException(String message, int code, Throwable cause) {
		return jdbc.create( message, sqlState, code, cause );
	}

	/** The Hibernate exception for {@code e}, an exception of this kind. */
	JDBCException hibernate(String message, SQLException e, String sql) {
		return hibernate.create( message, e, sql );
	}

	/** The kind whose SQLState {@code e} carries, or null for an SQLState no kind has. */
	static ErrorKind of(SQLException e) {
		for ( ErrorKind kind : values() ) {
			if ( kind.sqlState.equals( e.getSQLState() ) ) {
				return kind;
			}
		}
		return null;
	}
}
