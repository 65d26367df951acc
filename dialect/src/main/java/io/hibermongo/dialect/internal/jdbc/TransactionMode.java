package io.hibermongo.dialect.internal.jdbc;

import java.util.Locale;

import org.hibernate.HibernateException;

/** The values of {@code hibernate.mongodb.transactions}. */
public enum TransactionMode {
	AUTO, REQUIRED, DISABLED;

	static TransactionMode parse(Object setting) {
		if ( setting == null ) {
			return AUTO;
		}
		try {
			return valueOf( setting.toString().trim().toUpperCase( Locale.ROOT ) );
		}
		catch (IllegalArgumentException e) {
			throw new HibernateException( "hibernate.mongodb.transactions must be auto, required or disabled, not '" + setting + "'" );
		}
	}
}
