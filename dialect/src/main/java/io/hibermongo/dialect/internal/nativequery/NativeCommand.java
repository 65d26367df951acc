package io.hibermongo.dialect.internal.nativequery;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * A native MQL command as written by the user, parsed once: the command document with a slot
 * (<code>{"$param": n}</code>) where each JDBC parameter goes. Binding copies only the documents and
 * arrays on the way to a slot; everything else is shared with the template, which is never changed.
 * A bound value is one BSON value in one slot: a string such as <code>{"$gt": ""}</code> stays a string.
 */
public final class NativeCommand {

	/** The commands a native query may run, by MongoDB's command name. */
	public enum Kind {
		FIND( "find", true ),
		AGGREGATE( "aggregate", true ),
		COUNT( "count", true ),
		DISTINCT( "distinct", true ),
		INSERT( "insert", false ),
		UPDATE( "update", false ),
		DELETE( "delete", false ),
		FIND_AND_MODIFY( "findAndModify", false );

		private final String commandName;
		private final boolean read;

		Kind(String commandName, boolean read) {
			this.commandName = commandName;
			this.read = read;
		}

		/** The command's name as MongoDB spells it (the first key of the command document). */
		public String commandName() {
			return commandName;
		}

		/** Whether the command only reads (so {@code executeUpdate()} is refused for it). */
		public boolean isRead() {
			return read;
		}
	}

	static final String SLOT = "$param";

	private final String text;
	private final Kind kind;
	private final String collection;
	private final BsonDocument template;
	private final int parameterCount;
	private final Set<BsonValue> holdingSlots;
	private final Map<String, String> resultColumns;
	private final Set<String> collections;

	NativeCommand(String text, Kind kind, BsonDocument template, int parameterCount, Set<BsonValue> holdingSlots,
			Map<String, String> resultColumns, Set<String> collections) {
		this.text = text;
		this.kind = kind;
		this.collection = template.getString( template.getFirstKey() ).getValue();
		this.template = template;
		this.parameterCount = parameterCount;
		this.holdingSlots = holdingSlots;
		this.resultColumns = resultColumns == null ? null : Collections.unmodifiableMap( resultColumns );
		this.collections = Set.copyOf( collections );
	}

	/** The statement text this command was parsed from. */
	public String text() {
		return text;
	}

	public Kind kind() {
		return kind;
	}

	/** The collection the command names. */
	public String collection() {
		return collection;
	}

	/** Every collection the command reads or writes ({@code $lookup}, {@code $unionWith}, {@code $out}…). */
	public Set<String> collections() {
		return collections;
	}

	/** How many JDBC parameters the command takes. */
	public int parameterCount() {
		return parameterCount;
	}

	/**
	 * The field path of each result column Hibernate reads by label, in column order; null when the
	 * result columns are the fields of the documents themselves.
	 */
	public Map<String, String> resultColumns() {
		return resultColumns;
	}

	/**
	 * The command with each slot replaced by its parameter (slot n takes {@code parameters[n - 1]}): a new
	 * top-level document, which the caller may change, sharing the values that hold no slot.
	 */
	public BsonDocument bind(BsonValue[] parameters) {
		if ( parameters.length < parameterCount ) {
			throw new IllegalArgumentException( "The command takes " + parameterCount + " parameters, "
					+ parameters.length + " are bound: " + text );
		}
		BsonDocument bound = new BsonDocument();
		template.forEach( (key, value) -> bound.put( key, bind( value, parameters ) ) );
		return bound;
	}

	private BsonValue bind(BsonValue node, BsonValue[] parameters) {
		if ( !holdingSlots.contains( node ) ) {
			return node;
		}
		if ( node instanceof BsonDocument document ) {
			if ( isSlot( document ) ) {
				return parameters[document.getInt32( SLOT ).getValue() - 1];
			}
			BsonDocument bound = new BsonDocument();
			for ( Map.Entry<String, BsonValue> entry : document.entrySet() ) {
				bound.put( entry.getKey(), bind( entry.getValue(), parameters ) );
			}
			return bound;
		}
		BsonArray bound = new BsonArray();
		for ( BsonValue element : node.asArray() ) {
			bound.add( bind( element, parameters ) );
		}
		return bound;
	}

	static boolean isSlot(BsonDocument document) {
		return document.size() == 1 && document.containsKey( SLOT );
	}

	static Set<BsonValue> identitySet() {
		return Collections.newSetFromMap( new IdentityHashMap<>() );
	}

	@Override
	public String toString() {
		return text;
	}
}
