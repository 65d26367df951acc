package io.hibermongo.embedded.internal;

import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.spi.ArrayLayout;
import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonDocument;

/**
 * The array an element collection is stored in, and the writes its row changes become (see
 * {@link ValueArrayWrites}, {@link PositionalArrayWrites}, {@link EntryArrayWrites}).
 */
final class ElementArray implements ArrayLayout {

	/** What decides an element's place and identity. */
	enum Kind {
		/** No duplicates; an element is removed by its value. */
		SET,
		/** Duplicates allowed, no order mapped; Hibernate rewrites the whole bag on every change. */
		BAG,
		/** {@code @OrderColumn}: the element's index in the array is its position. */
		LIST,
		/** Entries <code>{k, v}</code>, addressed by key. */
		MAP
	}

	private final Kind kind;
	private final String field;
	private final Map<String, String> elementPaths;
	private final String positionColumn;
	private final int positionBase;
	private final ArrayWrites writes;

	ElementArray(Kind kind, String field, Map<String, String> elementPaths, String positionColumn, int positionBase) {
		this.kind = kind;
		this.field = field;
		this.elementPaths = elementPaths;
		this.positionColumn = positionColumn;
		this.positionBase = positionBase;
		ElementMatch match = new ElementMatch( elementPaths.values() );
		this.writes = switch ( kind ) {
			case SET, BAG -> new ValueArrayWrites( field, match, kind == Kind.BAG );
			case LIST -> new PositionalArrayWrites( field );
			case MAP -> new EntryArrayWrites( field, match );
		};
	}

	@Override
	public String field() {
		return field;
	}

	@Override
	public Map<String, String> elementPaths() {
		return elementPaths;
	}

	@Override
	public String positionColumn() {
		return positionColumn;
	}

	@Override
	public int positionBase() {
		return positionBase;
	}

	@Override
	public List<ArrayWrite> writes(Change change, BsonDocument owner, List<ArrayRow> rows) {
		return switch ( change ) {
			case INSERT -> writes.insert( owner, rows );
			case UPDATE -> writes.update( owner, rows );
			case DELETE -> writes.delete( owner, rows );
			case DELETE_ALL -> writes.deleteAll( owner );
			case CLEAR -> writes.clear( owner );
		};
	}

	@Override
	public String toString() {
		return kind + " " + field;
	}
}
