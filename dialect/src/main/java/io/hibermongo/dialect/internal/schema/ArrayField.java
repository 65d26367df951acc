package io.hibermongo.dialect.internal.schema;

import java.util.List;

/**
 * An element collection's array in a collection's documents, for its validator: the array's path and the
 * fields of one element, their paths relative to the element ({@code ""} for a basic element, {@code k} /
 * {@code v} for a map's key and value). {@code ordered} arrays ({@code @OrderColumn} lists) may hold NULL
 * slots where the list has no element at a position.
 */
record ArrayField(String path, List<MappedField> elementFields, boolean ordered) {

	/** Whether the elements are basic values, not sub-documents. */
	boolean hasBasicElements() {
		return elementFields.size() == 1 && elementFields.get( 0 ).path().isEmpty();
	}
}
