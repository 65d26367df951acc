package io.hibermongo.dialect.internal.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * Applies the update statements that follow a held insert ({@link HeldInserts}) to the held document in
 * memory, as the server would apply them to the stored one: the same filter and update documents that
 * would be sent, not a second translation of the rows. Only what the rows following an insert use is
 * understood, and everything else is answered "cannot tell" (null or false), after which the held
 * documents are sent and the statement runs on the server as before:
 * <ul>
 * <li>filters: equality of a field with a value that is not an array (numbers compared by value, as the
 * server does; a NULL condition matches a missing field), <code>{$exists: true|false}</code>, and
 * {@code $and} of such conditions;</li>
 * <li>updates: {@code $set}, {@code $unset} and {@code $push} (of one value or with {@code $each} only),
 * on dotted paths through documents and array positions (a position past the end pads with NULL, as
 * MongoDB does). Each operator's paths are applied in lexicographic order, as MongoDB 5+ does, so new
 * fields land in the same order as on the server.</li>
 * </ul>
 */
final class HeldDocumentUpdate {

	/** What {@link #resolve} finds on a path into the elements of an array. */
	private static final BsonValue ANY_ELEMENT = new BsonArray();

	private HeldDocumentUpdate() {
	}

	/** Whether {@code document} matches {@code filter}; null when the filter uses anything else than the forms above. */
	static Boolean matches(BsonDocument document, BsonDocument filter) {
		for ( Map.Entry<String, BsonValue> condition : filter.entrySet() ) {
			String path = condition.getKey();
			BsonValue wanted = condition.getValue();
			if ( path.equals( "$and" ) && wanted.isArray() ) {
				Boolean all = allMatch( document, wanted.asArray() );
				if ( all == null || !all ) {
					return all;
				}
				continue;
			}
			if ( path.startsWith( "$" ) ) {
				return null;
			}
			BsonValue found = resolve( document, path );
			if ( found == ANY_ELEMENT ) {
				return null;
			}
			if ( wanted instanceof BsonDocument operators && !operators.isEmpty() && operators.getFirstKey().startsWith( "$" ) ) {
				if ( operators.size() != 1 || !operators.containsKey( "$exists" ) || !operators.get( "$exists" ).isBoolean() ) {
					return null;
				}
				if ( ( found != null ) != operators.getBoolean( "$exists" ).getValue() ) {
					return false;
				}
			}
			else if ( wanted instanceof BsonArray || found instanceof BsonArray ) {
				// equality with an array matches its elements too: not needed after an insert
				return null;
			}
			else if ( !equal( found, wanted ) ) {
				return false;
			}
		}
		return true;
	}

	private static Boolean allMatch(BsonDocument document, BsonArray filters) {
		Boolean all = true;
		for ( BsonValue filter : filters ) {
			Boolean one = filter.isDocument() ? matches( document, filter.asDocument() ) : null;
			if ( one == null ) {
				return null;
			}
			all = all && one;
		}
		return all;
	}

	/** The value of the plain {@code _id} condition of {@code filter}, directly or inside its {@code $and}; null when it has none. */
	static BsonValue id(BsonDocument filter) {
		BsonValue id = filter.get( "_id" );
		if ( id == null && filter.get( "$and" ) instanceof BsonArray conditions ) {
			for ( BsonValue condition : conditions ) {
				if ( condition.isDocument() && condition.asDocument().containsKey( "_id" ) ) {
					id = condition.asDocument().get( "_id" );
				}
			}
		}
		boolean operator = id instanceof BsonDocument operators && !operators.isEmpty() && operators.getFirstKey().startsWith( "$" );
		return operator ? null : id;
	}

	/**
	 * Applies {@code update} to {@code document} (which it changes); false, with {@code document} possibly
	 * half changed, when the update uses anything else than the forms above or would fail on the server.
	 */
	static boolean apply(BsonDocument document, BsonDocument update) {
		for ( Map.Entry<String, BsonValue> operator : update.entrySet() ) {
			if ( !operator.getValue().isDocument() ) {
				return false;
			}
			for ( Map.Entry<String, BsonValue> field : new TreeMap<>( operator.getValue().asDocument() ).entrySet() ) {
				boolean applied = switch ( operator.getKey() ) {
					case "$set" -> set( document, field.getKey(), field.getValue() );
					case "$unset" -> unset( document, field.getKey() );
					case "$push" -> push( document, field.getKey(), field.getValue() );
					default -> false;
				};
				if ( !applied ) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean equal(BsonValue found, BsonValue wanted) {
		if ( wanted.isNull() ) {
			return found == null || found.isNull();
		}
		if ( found == null ) {
			return false;
		}
		if ( found.isNumber() && wanted.isNumber() ) {
			return number( found ).compareTo( number( wanted ) ) == 0;
		}
		return found.equals( wanted );
	}

	private static BigDecimal number(BsonValue value) {
		return switch ( value.getBsonType() ) {
			case INT32 -> BigDecimal.valueOf( value.asInt32().getValue() );
			case INT64 -> BigDecimal.valueOf( value.asInt64().getValue() );
			default -> BigDecimal.valueOf( value.asNumber().doubleValue() );
		};
	}

	/**
	 * The value at {@code path}, or null when it is missing; {@link #ANY_ELEMENT} when the path goes on into
	 * the elements of an array, where the server tests every element.
	 */
	private static BsonValue resolve(BsonDocument document, String path) {
		BsonValue current = document;
		for ( String segment : path.split( "\\.", -1 ) ) {
			if ( current instanceof BsonDocument nested ) {
				current = nested.get( segment );
			}
			else if ( current instanceof BsonArray array ) {
				int at = position( segment );
				if ( at < 0 ) {
					return ANY_ELEMENT;
				}
				current = at < array.size() ? array.get( at ) : null;
			}
			else {
				return null;
			}
		}
		return current;
	}

	private static boolean set(BsonDocument document, String path, BsonValue value) {
		Slot slot = slot( document, path, true );
		return slot != null && slot.put( value );
	}

	private static boolean unset(BsonDocument document, String path) {
		Slot slot = slot( document, path, false );
		if ( slot == null || slot.get() == null ) {
			return true;
		}
		return slot.container() instanceof BsonArray ? slot.put( BsonNull.VALUE ) : slot.remove();
	}

	private static boolean push(BsonDocument document, String path, BsonValue value) {
		BsonArray added;
		if ( value instanceof BsonDocument modifiers && !modifiers.isEmpty() && modifiers.getFirstKey().startsWith( "$" ) ) {
			if ( modifiers.size() != 1 || !modifiers.containsKey( "$each" ) || !modifiers.get( "$each" ).isArray() ) {
				return false;
			}
			added = modifiers.getArray( "$each" );
		}
		else {
			added = new BsonArray( List.of( value ) );
		}
		Slot slot = slot( document, path, true );
		if ( slot == null ) {
			return false;
		}
		BsonValue current = slot.get();
		if ( current == null ) {
			return slot.put( new BsonArray( new ArrayList<>( added.getValues() ) ) );
		}
		if ( !current.isArray() ) {
			return false;
		}
		current.asArray().addAll( added.getValues() );
		return true;
	}

	/**
	 * The place {@code path} names: its last segment in the document or array that holds it. With
	 * {@code create}, missing documents on the way are created (and arrays padded) as {@code $set} does;
	 * without, a missing one gives null. Null too when the way runs into a value that holds no fields.
	 */
	private static Slot slot(BsonDocument document, String path, boolean create) {
		String[] segments = path.split( "\\.", -1 );
		BsonValue container = document;
		for ( int i = 0; i < segments.length - 1; i++ ) {
			Slot step = new Slot( container, segments[i] );
			if ( !step.valid() ) {
				return null;
			}
			BsonValue next = step.get();
			if ( next == null ) {
				if ( !create ) {
					return null;
				}
				next = new BsonDocument();
				step.put( next );
			}
			if ( !( next instanceof BsonDocument || next instanceof BsonArray ) ) {
				return null;
			}
			container = next;
		}
		Slot last = new Slot( container, segments[segments.length - 1] );
		return last.valid() ? last : null;
	}

	private static int position(String segment) {
		if ( segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch( Character::isDigit ) ) {
			return -1;
		}
		return Integer.parseInt( segment );
	}

	/** A field of a document or a position of an array. */
	private record Slot(BsonValue container, String segment) {

		boolean valid() {
			return container instanceof BsonDocument || container instanceof BsonArray && position( segment ) >= 0;
		}

		BsonValue get() {
			if ( container instanceof BsonDocument document ) {
				return document.get( segment );
			}
			BsonArray array = container.asArray();
			int at = position( segment );
			return at < array.size() ? array.get( at ) : null;
		}

		boolean put(BsonValue value) {
			if ( container instanceof BsonDocument document ) {
				document.put( segment, value );
				return true;
			}
			BsonArray array = container.asArray();
			int at = position( segment );
			while ( array.size() <= at ) {
				array.add( BsonNull.VALUE );
			}
			array.set( at, value );
			return true;
		}

		boolean remove() {
			container.asDocument().remove( segment );
			return true;
		}
	}
}
