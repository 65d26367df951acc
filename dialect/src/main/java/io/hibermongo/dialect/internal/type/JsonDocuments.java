package io.hibermongo.dialect.internal.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.time.Instant;
import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

/**
 * The conversion between the JSON text of a JSON-typed attribute (what Hibernate's {@code FormatMapper}
 * writes and reads) and the BSON value stored in the document: an object is a sub-document, an array a BSON
 * array, a string a string, {@code true}/{@code false} booleans, {@code null} BSON null, an integer an int32,
 * int64 or (beyond 64 bits) a decimal128, and a number with a fraction or exponent a double.
 * <p>
 * The JSON is read strictly, as plain JSON: a member such as <code>{"$oid": "…"}</code> is not Extended
 * JSON. A key that MongoDB cannot hold as a field name and query safely (one that starts with {@code $} or
 * contains {@code .} or NUL) is refused with {@link SQLDataException} before anything is sent, so a user
 * value can never add an operator or a path to a command.
 */
final class JsonDocuments {

	private static final String INVALID_VALUE = "22023";

	private final String json;
	private int position;

	private JsonDocuments(String json) {
		this.json = json;
	}

	/** The BSON value of a JSON text. */
	static BsonValue toBson(String json) throws SQLDataException {
		JsonDocuments reader = new JsonDocuments( json );
		BsonValue value = reader.value();
		reader.skipWhitespace();
		if ( reader.position != json.length() ) {
			throw reader.malformed( "text after the value" );
		}
		return value;
	}

	private BsonValue value() throws SQLDataException {
		skipWhitespace();
		if ( position >= json.length() ) {
			throw malformed( "end of text where a value was expected" );
		}
		char next = json.charAt( position );
		return switch ( next ) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> new BsonString( string() );
			case 't' -> word( "true", BsonBoolean.TRUE );
			case 'f' -> word( "false", BsonBoolean.FALSE );
			case 'n' -> word( "null", BsonNull.VALUE );
			default -> number();
		};
	}

	private BsonDocument object() throws SQLDataException {
		BsonDocument document = new BsonDocument();
		position++;
		skipWhitespace();
		if ( peek( '}' ) ) {
			position++;
			return document;
		}
		while ( true ) {
			skipWhitespace();
			if ( !peek( '"' ) ) {
				throw malformed( "a key that is not a string" );
			}
			String key = checkedKey( string() );
			skipWhitespace();
			expect( ':' );
			document.put( key, value() );
			skipWhitespace();
			if ( peek( ',' ) ) {
				position++;
				continue;
			}
			expect( '}' );
			return document;
		}
	}

	private static String checkedKey(String key) throws SQLDataException {
		if ( key.startsWith( "$" ) || key.indexOf( '.' ) >= 0 || key.indexOf( '\0' ) >= 0 ) {
			throw new SQLDataException( "The JSON value holds the key '" + key.replace( "\0", "\\u0000" )
					+ "', which MongoDB cannot store as a field name (a key must not start with '$' or contain '.' or NUL);"
					+ " the statement was not sent", INVALID_VALUE );
		}
		return key;
	}

	private BsonArray array() throws SQLDataException {
		BsonArray array = new BsonArray();
		position++;
		skipWhitespace();
		if ( peek( ']' ) ) {
			position++;
			return array;
		}
		while ( true ) {
			array.add( value() );
			skipWhitespace();
			if ( peek( ',' ) ) {
				position++;
				continue;
			}
			expect( ']' );
			return array;
		}
	}

	private String string() throws SQLDataException {
		StringBuilder text = new StringBuilder();
		position++;
		while ( position < json.length() ) {
			char c = json.charAt( position++ );
			if ( c == '"' ) {
				return text.toString();
			}
			if ( c != '\\' ) {
				text.append( c );
				continue;
			}
			if ( position >= json.length() ) {
				break;
			}
			char escaped = json.charAt( position++ );
			switch ( escaped ) {
				case '"', '\\', '/' -> text.append( escaped );
				case 'b' -> text.append( '\b' );
				case 'f' -> text.append( '\f' );
				case 'n' -> text.append( '\n' );
				case 'r' -> text.append( '\r' );
				case 't' -> text.append( '\t' );
				case 'u' -> {
					if ( position + 4 > json.length() ) {
						throw malformed( "a short \\u escape" );
					}
					text.append( (char) Integer.parseInt( json.substring( position, position + 4 ), 16 ) );
					position += 4;
				}
				default -> throw malformed( "the escape \\" + escaped );
			}
		}
		throw malformed( "an unterminated string" );
	}

	private BsonValue word(String word, BsonValue value) throws SQLDataException {
		if ( !json.startsWith( word, position ) ) {
			throw malformed( "an unknown word" );
		}
		position += word.length();
		return value;
	}

	private BsonValue number() throws SQLDataException {
		int start = position;
		while ( position < json.length() && "+-0123456789.eE".indexOf( json.charAt( position ) ) >= 0 ) {
			position++;
		}
		String text = json.substring( start, position );
		try {
			if ( text.indexOf( '.' ) < 0 && text.indexOf( 'e' ) < 0 && text.indexOf( 'E' ) < 0 ) {
				BigInteger integer = new BigInteger( text );
				if ( integer.bitLength() < 32 ) {
					return new BsonInt32( integer.intValue() );
				}
				if ( integer.bitLength() < 64 ) {
					return new BsonInt64( integer.longValue() );
				}
				return new BsonDecimal128( new Decimal128( new BigDecimal( integer ) ) );
			}
			return new BsonDouble( Double.parseDouble( text ) );
		}
		catch (NumberFormatException e) {
			throw malformed( "the number '" + text + "'" );
		}
	}

	private boolean peek(char expected) {
		return position < json.length() && json.charAt( position ) == expected;
	}

	private void expect(char expected) throws SQLDataException {
		if ( !peek( expected ) ) {
			throw malformed( "'" + expected + "' expected" );
		}
		position++;
	}

	private void skipWhitespace() {
		while ( position < json.length() && Character.isWhitespace( json.charAt( position ) ) ) {
			position++;
		}
	}

	private SQLDataException malformed(String what) {
		return new SQLDataException( "The JSON value is not valid JSON (" + what + " at offset " + position + ")", INVALID_VALUE );
	}

	/**
	 * The JSON text of a stored value, the inverse of {@link #toBson}: a decimal128 is written as a plain
	 * number, and values that JSON has no form for but other writers may have stored are written as strings
	 * (an objectId as its hexadecimal digits, a date as an ISO-8601 instant).
	 *
	 * @throws SQLDataException for any other BSON type (binaries, regular expressions…), or a NaN or infinity
	 */
	static String toJson(BsonValue value) throws SQLDataException {
		StringBuilder json = new StringBuilder();
		write( value, json );
		return json.toString();
	}

	private static void write(BsonValue value, StringBuilder json) throws SQLDataException {
		switch ( value.getBsonType() ) {
			case DOCUMENT -> {
				json.append( '{' );
				String separator = "";
				for ( Map.Entry<String, BsonValue> member : value.asDocument().entrySet() ) {
					json.append( separator );
					quote( member.getKey(), json );
					json.append( ':' );
					write( member.getValue(), json );
					separator = ",";
				}
				json.append( '}' );
			}
			case ARRAY -> {
				json.append( '[' );
				String separator = "";
				for ( BsonValue element : value.asArray() ) {
					json.append( separator );
					write( element, json );
					separator = ",";
				}
				json.append( ']' );
			}
			case STRING -> quote( value.asString().getValue(), json );
			case INT32 -> json.append( value.asInt32().getValue() );
			case INT64 -> json.append( value.asInt64().getValue() );
			case DOUBLE -> {
				double number = value.asDouble().getValue();
				if ( Double.isNaN( number ) || Double.isInfinite( number ) ) {
					throw unreadable( value );
				}
				json.append( number );
			}
			case DECIMAL128 -> {
				if ( !value.asDecimal128().getValue().isFinite() ) {
					throw unreadable( value );
				}
				json.append( value.asDecimal128().getValue().bigDecimalValue().toString() );
			}
			case BOOLEAN -> json.append( value.asBoolean().getValue() );
			case NULL -> json.append( "null" );
			case OBJECT_ID -> quote( value.asObjectId().getValue().toHexString(), json );
			case DATE_TIME -> quote( Instant.ofEpochMilli( value.asDateTime().getValue() ).toString(), json );
			default -> throw unreadable( value );
		}
	}

	private static SQLDataException unreadable(BsonValue value) {
		return new SQLDataException( "Cannot read the BSON " + value.getBsonType() + " value " + value + " as JSON", "22018" );
	}

	private static void quote(String text, StringBuilder json) {
		json.append( '"' );
		for ( int i = 0; i < text.length(); i++ ) {
			char c = text.charAt( i );
			switch ( c ) {
				case '"' -> json.append( "\\\"" );
				case '\\' -> json.append( "\\\\" );
				default -> {
					if ( c < 0x20 ) {
						json.append( String.format( "\\u%04x", (int) c ) );
					}
					else {
						json.append( c );
					}
				}
			}
		}
		json.append( '"' );
	}
}
