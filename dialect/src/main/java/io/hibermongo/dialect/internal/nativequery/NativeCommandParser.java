package io.hibermongo.dialect.internal.nativequery;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * Parses the statement text of a native query, as Hibernate hands it to JDBC: the user's command
 * document with each parameter replaced by {@code ?}, and a parameter bound to a list expanded to
 * {@code (?, ?, ?)} (an empty list to {@code (null)}). Each {@code ?} becomes a slot, a parenthesised
 * list an array of slots (an empty array for {@code (null)}); the document is then read by the driver's
 * JSON reader, which accepts Extended JSON and the shell's relaxed syntax (unquoted keys, single quotes,
 * {@code ObjectId("…")}, {@code ISODate("…")}, {@code /regex/}). Comments are dropped.
 * <p>
 * A top-level <code>"$columns": {label: path, …}</code> entry, which the query plan adds for results
 * read by column label, is taken out of the command (see {@link NativeResultColumns}).
 */
final class NativeCommandParser {

	static final String COLUMNS = "$columns";

	private NativeCommandParser() {
	}

	/** @throws IllegalArgumentException naming the text when it is not a supported command document */
	static NativeCommand parse(String text) {
		StringBuilder json = new StringBuilder( text.length() + 16 );
		int slots = withSlots( text, json );
		BsonDocument document;
		try {
			document = BsonDocument.parse( json.toString() );
		}
		catch (JsonParseException | BsonInvalidOperationException e) {
			throw new IllegalArgumentException( "Native MQL must be one command document in Extended JSON or shell syntax ("
					+ e.getMessage() + "): " + text, e );
		}
		Map<String, String> columns = resultColumns( document.remove( COLUMNS ), text );
		NativeCommand.Kind kind = kind( document, text );
		Set<BsonValue> holdingSlots = NativeCommand.identitySet();
		int found = markSlots( document, slots, new boolean[slots], holdingSlots, text );
		if ( found != slots ) {
			throw new IllegalArgumentException( "'" + NativeCommand.SLOT + "' is reserved for parameters; write parameters as :name or ?1: " + text );
		}
		Set<String> collections = new LinkedHashSet<>();
		collections.add( document.getString( document.getFirstKey() ).getValue() );
		collectCollections( document, collections );
		return new NativeCommand( text, kind, document, slots, holdingSlots, columns, collections );
	}

	/** Writes {@code text} to {@code json} with slots for its parameters; returns how many there are. */
	private static int withSlots(String text, StringBuilder json) {
		int slots = 0;
		boolean inList = false;
		int i = 0;
		while ( i < text.length() ) {
			int end = MqlScanner.skipLiteral( text, i );
			if ( end > i ) {
				if ( !MqlScanner.isComment( text, i ) ) {
					json.append( text, i, end );
				}
				i = end;
				continue;
			}
			char c = text.charAt( i );
			if ( c == '?' ) {
				json.append( "{\"" ).append( NativeCommand.SLOT ).append( "\": " ).append( ++slots ).append( '}' );
			}
			else if ( c == '(' && startsList( text, i + 1 ) ) {
				json.append( '[' );
				inList = true;
			}
			else if ( c == '(' && isEmptyList( text, i + 1 ) ) {
				json.append( "[]" );
				i = text.indexOf( ')', i ) + 1;
				continue;
			}
			else if ( c == ')' && inList ) {
				json.append( ']' );
				inList = false;
			}
			else {
				json.append( c );
			}
			i++;
		}
		return slots;
	}

	private static boolean startsList(String text, int from) {
		int next = skipWhitespace( text, from );
		return next < text.length() && text.charAt( next ) == '?';
	}

	/** Hibernate expands a parameter bound to an empty list to {@code (null)}. */
	private static boolean isEmptyList(String text, int from) {
		int next = skipWhitespace( text, from );
		if ( !text.startsWith( "null", next ) ) {
			return false;
		}
		int close = skipWhitespace( text, next + 4 );
		return close < text.length() && text.charAt( close ) == ')';
	}

	private static int skipWhitespace(String text, int from) {
		int i = from;
		while ( i < text.length() && Character.isWhitespace( text.charAt( i ) ) ) {
			i++;
		}
		return i;
	}

	private static NativeCommand.Kind kind(BsonDocument document, String text) {
		if ( document.isEmpty() ) {
			throw new IllegalArgumentException( "Native MQL must name a command: " + text );
		}
		String name = document.getFirstKey();
		for ( NativeCommand.Kind kind : NativeCommand.Kind.values() ) {
			if ( kind.commandName().equals( name ) || kind == NativeCommand.Kind.FIND_AND_MODIFY && name.equals( "findandmodify" ) ) {
				if ( !document.get( name ).isString() || document.getString( name ).getValue().isEmpty() ) {
					throw new IllegalArgumentException( "The " + name + " command of a native query must name a collection: " + text );
				}
				return kind;
			}
		}
		throw new IllegalArgumentException( "The command '" + name + "' is not supported in a native query: use one of "
				+ Arrays.stream( NativeCommand.Kind.values() ).map( NativeCommand.Kind::commandName ).collect( Collectors.joining( ", " ) )
				+ ", or MongoAccess for anything else: " + text );
	}

	/**
	 * Checks the slots of {@code node} (each number once, none other than the parameters') and records
	 * every document and array on the way to one; returns how many slots it holds.
	 */
	private static int markSlots(BsonValue node, int slots, boolean[] seen, Set<BsonValue> holdingSlots, String text) {
		int found = 0;
		if ( node instanceof BsonDocument document ) {
			if ( NativeCommand.isSlot( document ) ) {
				BsonValue number = document.get( NativeCommand.SLOT );
				if ( !( number instanceof BsonInt32 index ) || index.getValue() < 1 || index.getValue() > slots || seen[index.getValue() - 1] ) {
					throw new IllegalArgumentException( "'" + NativeCommand.SLOT + "' is reserved for parameters; write parameters as :name or ?1: " + text );
				}
				seen[index.getValue() - 1] = true;
				holdingSlots.add( node );
				return 1;
			}
			for ( BsonValue value : document.values() ) {
				found += markSlots( value, slots, seen, holdingSlots, text );
			}
		}
		else if ( node.isArray() ) {
			for ( BsonValue element : node.asArray() ) {
				found += markSlots( element, slots, seen, holdingSlots, text );
			}
		}
		if ( found > 0 ) {
			holdingSlots.add( node );
		}
		return found;
	}

	private static Map<String, String> resultColumns(BsonValue columns, String text) {
		if ( columns == null ) {
			return null;
		}
		if ( !columns.isDocument() || columns.asDocument().values().stream().anyMatch( path -> !path.isString() ) ) {
			throw new IllegalArgumentException( "'" + COLUMNS + "' must map column labels to field paths: " + text );
		}
		Map<String, String> paths = new LinkedHashMap<>();
		columns.asDocument().forEach( (label, path) -> paths.put( label, path.asString().getValue() ) );
		return paths;
	}

	/** Adds the collections that stages anywhere in {@code node} read or write to {@code collections}. */
	private static void collectCollections(BsonValue node, Set<String> collections) {
		if ( node instanceof BsonDocument document ) {
			document.forEach( (key, value) -> {
				switch ( key ) {
					case "$lookup", "$graphLookup" -> addNamed( value.isDocument() ? value.asDocument().get( "from" ) : null, collections );
					case "$unionWith", "$out" -> addNamed( value.isDocument() ? value.asDocument().get( "coll" ) : value, collections );
					case "$merge" -> addNamed( value.isDocument() ? value.asDocument().get( "into" ) : value, collections );
					default -> {
					}
				}
				collectCollections( value, collections );
			} );
		}
		else if ( node.isArray() ) {
			node.asArray().forEach( element -> collectCollections( element, collections ) );
		}
	}

	private static void addNamed(BsonValue name, Set<String> collections) {
		if ( name != null && name.isString() ) {
			collections.add( name.asString().getValue() );
		}
		else if ( name != null && name.isDocument() && name.asDocument().isString( "coll" ) ) {
			collections.add( name.asDocument().getString( "coll" ).getValue() );
		}
	}
}
