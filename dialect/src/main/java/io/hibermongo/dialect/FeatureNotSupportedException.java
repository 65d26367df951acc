package io.hibermongo.dialect;

import org.hibernate.HibernateException;

/**
 * Thrown when Hibernate asks for something Hibermongo does not translate to MongoDB.
 * <p>
 * The message always names the construct ({@code "<construct> is not supported: <why or what to use>"})
 * and, where known, the query it came from. Hibermongo never approximates a construct it cannot
 * translate exactly: it refuses it with this exception, at startup for named queries and mappings.
 */
public class FeatureNotSupportedException extends HibernateException {

	public FeatureNotSupportedException(String message) {
		super( message );
	}

	/**
	 * A refusal of one SQL AST construct met while translating {@code statement}.
	 */
	public static FeatureNotSupportedException construct(String construct, String statement) {
		return new FeatureNotSupportedException(
				construct + " is not supported by Hibermongo" + ( statement == null ? "" : " (in " + statement + ")" ) );
	}
}
