package io.hibermongo.dialect.internal.schema;

import java.util.HashSet;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonNumber;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * One index the mapping asks for: its name, its key (field path → {@code 1}, {@code -1}, {@code "text"},
 * {@code "2dsphere"} or {@code "hashed"}, in order) and its options ({@code unique}, {@code sparse},
 * {@code partialFilterExpression}, {@code expireAfterSeconds}, {@code collation}). Written as the
 * element of a {@code createIndexes} command; compared with what {@code listIndexes} reports.
 */
record IndexDefinition(String name, BsonDocument key, BsonDocument options, String origin) {

	/** The index as an element of {@code createIndexes.indexes}. */
	BsonDocument toBson() {
		BsonDocument index = new BsonDocument( "key", key.clone() ).append( "name", new BsonString( name ) );
		index.putAll( options.clone() );
		return index;
	}

	/**
	 * How the index {@code listed} by the server differs from this one, or null when it is the same. Fields
	 * the server adds ({@code v}, {@code ns}, text and geo versions, collation defaults) are ignored.
	 */
	String differenceFrom(BsonDocument listed) {
		if ( !sameKey( listed ) ) {
			return "key " + json( listed.get( "key" ) ) + " instead of " + key.toJson();
		}
		for ( String option : new String[] { "unique", "sparse", "partialFilterExpression", "expireAfterSeconds" } ) {
			BsonValue wanted = options.get( option );
			BsonValue actual = listed.get( option );
			if ( !sameValue( wanted, actual ) ) {
				return option + " " + ( actual == null ? "absent" : json( actual ) ) + " instead of "
						+ ( wanted == null ? "absent" : json( wanted ) );
			}
		}
		BsonValue wantedLocale = options.containsKey( "collation" ) ? options.getDocument( "collation" ).get( "locale" ) : null;
		BsonValue listedLocale = listed.isDocument( "collation" ) ? listed.getDocument( "collation" ).get( "locale" ) : null;
		if ( wantedLocale == null ? listedLocale != null && !"simple".equals( listedLocale.asString().getValue() )
				: !wantedLocale.equals( listedLocale ) ) {
			return "collation " + ( listedLocale == null ? "absent" : json( listedLocale ) ) + " instead of "
					+ ( wantedLocale == null ? "absent" : json( wantedLocale ) );
		}
		return null;
	}

	/** Whether {@code listed} indexes the same key, so the server refuses a second index of this key. */
	boolean sameKey(BsonDocument listed) {
		BsonDocument listedKey = listed.getDocument( "key", new BsonDocument() );
		if ( listedKey.containsKey( "_fts" ) ) {
			// a text index is listed as {_fts: "text", _ftsx: 1} with its fields in "weights"
			return key.containsValue( new BsonString( "text" ) )
					&& textFields().equals( listed.getDocument( "weights", new BsonDocument() ).keySet() );
		}
		if ( !listedKey.keySet().stream().toList().equals( key.keySet().stream().toList() ) ) {
			return false;
		}
		return key.keySet().stream().allMatch( field -> sameValue( key.get( field ), listedKey.get( field ) ) );
	}

	private Set<String> textFields() {
		Set<String> fields = new HashSet<>();
		key.forEach( (field, value) -> {
			if ( value.isString() && value.asString().getValue().equals( "text" ) ) {
				fields.add( field );
			}
		} );
		return fields;
	}

	/** {@code value} as (relaxed) Extended JSON. */
	private static String json(BsonValue value) {
		String document = new BsonDocument( "v", value ).toJson();
		return document.substring( "{\"v\": ".length(), document.length() - 1 );
	}

	/** Equal values, numbers by value (a shell writes {@code 1} as a double) and false the same as absent. */
	private static boolean sameValue(BsonValue wanted, BsonValue actual) {
		if ( wanted == null || actual == null ) {
			BsonValue present = wanted == null ? actual : wanted;
			return present == null || present.isBoolean() && !present.asBoolean().getValue();
		}
		if ( wanted instanceof BsonNumber number && actual instanceof BsonNumber other ) {
			return number.doubleValue() == other.doubleValue();
		}
		return wanted.equals( actual );
	}
}
