package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraint name of a duplicate key: the name of the unique index, which MongoDB writes into its
 * message ({@code E11000 duplicate key error collection: db.Person index: UK_email dup key: …}), the same
 * name the schema export gave it from the mapping ({@code @UniqueConstraint(name)}, Hibernate's {@code UK…}).
 */
final class DuplicateKeys {

	private static final Pattern INDEX = Pattern.compile( "index: (\\S+) dup key" );

	private DuplicateKeys() {
	}

	/** The index named by {@code e} or one of its causes, or null when no message names one. */
	static String indexName(SQLException e) {
		for ( Throwable cause = e; cause != null; cause = cause.getCause() ) {
			String message = cause.getMessage();
			Matcher matcher = message == null ? null : INDEX.matcher( message );
			if ( matcher != null && matcher.find() ) {
				return matcher.group( 1 );
			}
		}
		return null;
	}
}
