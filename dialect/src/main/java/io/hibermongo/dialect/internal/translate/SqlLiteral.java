package io.hibermongo.dialect.internal.translate;

import org.bson.BsonBoolean;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Reads the few SQL literals Hibernate writes into model mutations instead of parameters (a
 * discriminator value, {@code null}, a boolean): Hibernate renders them with the dialect's literal
 * syntax, so only these forms occur. Anything else is refused by the caller.
 */
final class SqlLiteral {

	private SqlLiteral() {
	}

	/** The value of {@code fragment}, or null when it is not a plain literal. */
	static BsonValue parse(String fragment) {
		String text = fragment.trim();
		if ( text.equalsIgnoreCase( "null" ) ) {
			return BsonNull.VALUE;
		}
		if ( text.equalsIgnoreCase( "true" ) || text.equalsIgnoreCase( "false" ) ) {
			return BsonBoolean.valueOf( Boolean.parseBoolean( text ) );
		}
		if ( text.length() >= 2 && text.startsWith( "'" ) && text.endsWith( "'" ) ) {
			String body = text.substring( 1, text.length() - 1 );
			if ( body.replace( "''", "" ).indexOf( '\'' ) >= 0 ) {
				return null;
			}
			return new BsonString( body.replace( "''", "'" ) );
		}
		if ( text.matches( "-?\\d{1,18}" ) ) {
			long value = Long.parseLong( text );
			return value == (int) value ? new BsonInt32( (int) value ) : new BsonInt64( value );
		}
		return null;
	}
}
