package io.hibermongo.dialect.internal.mql;

import org.bson.BsonValue;

/**
 * The element one collection table row stands for, built from the element columns a row change binds:
 * a single value for a collection of basic values, otherwise a sub-document of slots at the columns'
 * paths inside the element (NULL values left out, as in entity documents).
 */
public record ArrayElement(Operand value, DocumentShape document) {

	public static ArrayElement of(Operand value) {
		return new ArrayElement( value, null );
	}

	public static ArrayElement of(DocumentShape document) {
		return new ArrayElement( null, document );
	}

	public BsonValue toBson(Values values) {
		return value != null ? values.of( value ) : document.toBson( values );
	}
}
