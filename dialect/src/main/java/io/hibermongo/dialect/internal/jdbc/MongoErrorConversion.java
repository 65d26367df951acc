package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;

import org.hibernate.JDBCException;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;

/**
 * The dialect's first say in Hibernate's SQLException conversion: an exception the adapter made from a
 * driver error ({@link Errors}, by {@link DriverError}'s table; a failed JDBC batch carries the same
 * SQLState) becomes the Hibernate exception of its {@link ErrorKind}, found by its SQLState. Any other
 * SQLException is left to Hibernate's own delegates.
 */
public final class MongoErrorConversion implements SQLExceptionConversionDelegate {

	@Override
	public JDBCException convert(SQLException sqlException, String message, String sql) {
		ErrorKind kind = ErrorKind.of( sqlException );
		return kind == null ? null : kind.hibernate( message, sqlException, sql );
	}
}
