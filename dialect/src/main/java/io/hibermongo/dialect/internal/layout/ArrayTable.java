package io.hibermongo.dialect.internal.layout;

import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.spi.ArrayLayout;

/**
 * A collection table whose rows are the elements of an array in the owner's document. Its columns resolve
 * to paths in the owner document <em>with the array unwound</em> (one element in place of the array, as
 * {@code $unwind} leaves it): an element column to {@code field} or {@code field.<path>}, the position
 * column to {@link #indexField()}, an owner key column to the owner's id path (in a filter) or to
 * {@link #keyField()} (in a result row, where it is NULL when an outer join found no element).
 *
 * @param table the collection table Hibernate names
 * @param collection the owner's collection
 * @param array the layout of the elements, from the embedded-types module
 * @param keyColumns each owner key column of the table and the owner document field it refers to
 */
public record ArrayTable(String table, String collection, ArrayLayout array, Map<String, String> keyColumns) {

	/**
	 * This collection table as the array of a document that a read holds under the field {@code prefix}
	 * (a document joined with {@code $lookup}): every path, the owner key's included, starts there.
	 */
	public ArrayTable under(String prefix) {
		Map<String, String> keys = new java.util.LinkedHashMap<>();
		keyColumns.forEach( (column, path) -> keys.put( column, prefix + "." + path ) );
		return new ArrayTable( table, collection, new PrefixedArrayLayout( prefix, array ), Map.copyOf( keys ) );
	}

	/** The path of the owner document's {@code _id}: {@code _id}, or under the field a read holds the owner in. */
	public String ownerIdPath() {
		return array instanceof PrefixedArrayLayout prefixed ? prefixed.prefix() + "._id" : "_id";
	}

	/** The array field in the owner document. */
	public String field() {
		return array.field();
	}

	/** The field an unwound row holds the element's array index in (plus the position base). */
	public String indexField() {
		return rowField() + "#i";
	}

	/** The field an unwound row holds the owner key in, present only when the row has an element. */
	public String keyField() {
		return rowField() + "#k";
	}

	/**
	 * The base name of the fields a row gets for an element: the array's path, with {@code :} for
	 * {@code .} in an array read inside a joined document, so the computed fields stay top-level (the
	 * embedded test server keeps a dotted computed name literal, where MongoDB would nest it).
	 */
	private String rowField() {
		return array instanceof PrefixedArrayLayout ? field().replace( '.', ':' ) : field();
	}

	/** Whether {@code column} is one of the owner key columns. */
	public boolean isKey(String column) {
		return keyColumns.containsKey( column );
	}

	/** Whether {@code column} is the position column of an ordered list. */
	public boolean isPosition(String column) {
		return column.equals( array.positionColumn() );
	}

	/** The path inside one element of an element column, null for other columns. */
	public String elementPath(String column) {
		return array.elementPaths().get( column );
	}

	/** The path of {@code column} in an unwound document, for filters and computed values. */
	public String path(String column) {
		if ( isKey( column ) ) {
			return keyColumns.get( column );
		}
		return readPath( column );
	}

	/** The path of {@code column} in an unwound row read as a result column. */
	public String readPath(String column) {
		if ( isKey( column ) ) {
			String owner = keyColumns.get( column ).substring( ownerIdPath().length() - "_id".length() );
			return owner.equals( "_id" ) ? keyField() : keyField() + owner.substring( "_id".length() );
		}
		if ( isPosition( column ) ) {
			return indexField();
		}
		String element = elementPath( column );
		if ( element == null ) {
			throw new FeatureNotSupportedException( "Column '" + column + "' of '" + table
					+ "' is not supported: it is not a mapped column of the collection table" );
		}
		return element.isEmpty() ? field() : field() + "." + element;
	}
}
