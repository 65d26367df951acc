package io.hibermongo.dialect.internal.mql;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The document an entity row is stored as: top-level fields and nested documents for {@code @Embedded}
 * values, each leaf a parameter slot. NULL values are left out, so an all-null embeddable leaves no
 * sub-document behind and the stored document looks like one written by hand.
 */
public final class DocumentShape {

	private final Map<String, Object> fields = new LinkedHashMap<>();

	/** Places {@code operand} at the dotted {@code path}, creating the nested documents on the way. */
	public void put(String path, Operand operand) {
		DocumentShape shape = this;
		int start = 0;
		for ( int dot = path.indexOf( '.' ); dot >= 0; dot = path.indexOf( '.', start ) ) {
			String name = path.substring( start, dot );
			Object nested = shape.fields.computeIfAbsent( name, n -> new DocumentShape() );
			if ( !( nested instanceof DocumentShape ) ) {
				throw new IllegalStateException( "Field '" + name + "' of '" + path + "' is both a value and a document" );
			}
			shape = (DocumentShape) nested;
			start = dot + 1;
		}
		if ( shape.fields.put( path.substring( start ), operand ) != null ) {
			throw new IllegalStateException( "Field '" + path + "' is written twice" );
		}
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}

	public BsonDocument toBson(Values values) {
		BsonDocument document = new BsonDocument();
		fields.forEach( (name, value) -> {
			if ( value instanceof DocumentShape nested ) {
				BsonDocument sub = nested.toBson( values );
				if ( !sub.isEmpty() ) {
					document.append( name, sub );
				}
			}
			else {
				BsonValue bson = values.of( (Operand) value );
				if ( !bson.isNull() ) {
					document.append( name, bson );
				}
			}
		} );
		return document;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentShape that && fields.equals( that.fields );
	}

	@Override
	public int hashCode() {
		return fields.hashCode();
	}
}
