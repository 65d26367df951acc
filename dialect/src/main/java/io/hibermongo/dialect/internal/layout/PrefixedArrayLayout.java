package io.hibermongo.dialect.internal.layout;

import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.spi.ArrayLayout;
import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonDocument;

/**
 * The layout of an array read inside a document that a query holds under the field {@code prefix} (a
 * document joined with {@code $lookup}): the same array, its field under that prefix. Only reads use it.
 */
record PrefixedArrayLayout(String prefix, ArrayLayout layout) implements ArrayLayout {

	@Override
	public String field() {
		return prefix + "." + layout.field();
	}

	@Override
	public Map<String, String> elementPaths() {
		return layout.elementPaths();
	}

	@Override
	public String positionColumn() {
		return layout.positionColumn();
	}

	@Override
	public int positionBase() {
		return layout.positionBase();
	}

	@Override
	public List<ArrayWrite> writes(Change change, BsonDocument owner, List<ArrayRow> rows) {
		throw new AssertionError( "An array read inside a joined document is never written through it" );
	}
}
