package io.hibermongo.dialect.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.spi.ReferencingJdbcType;

/**
 * Where each table and column Hibernate knows lives in MongoDB: a table is a collection, a column a
 * field path inside its documents ({@code _id} for the id, {@code address.city} for a column of an
 * {@code @Embedded} value); a collection table is an array in its owner's documents ({@link ArrayTable}).
 * Built once per SessionFactory from the mapping model by {@link DocumentLayoutBuilder}, which refuses at
 * startup what cannot be stored.
 */
public final class DocumentLayout {

	private final Map<String, Map<String, String>> fieldPaths = new HashMap<>();
	private final Map<String, Map<String, ReferenceField>> references = new HashMap<>();
	private final Map<String, ArrayTable> arrays = new HashMap<>();

	void add(String table, String column, String path) {
		String previous = fieldPaths.computeIfAbsent( table, t -> new HashMap<>() ).putIfAbsent( column, path );
		if ( previous != null && !previous.equals( path ) ) {
			throw new org.hibernate.MappingException( "Column '" + column + "' of collection '" + table
					+ "' is mapped to both '" + previous + "' and '" + path + "'" );
		}
	}

	void addArray(ArrayTable array) {
		ArrayTable previous = arrays.putIfAbsent( array.table(), array );
		if ( previous != null && !( previous.collection().equals( array.collection() ) && previous.field().equals( array.field() ) ) ) {
			throw new org.hibernate.MappingException( "Collection table '" + array.table() + "' is mapped to both '"
					+ previous.collection() + "." + previous.field() + "' and '" + array.collection() + "." + array.field() + "'" );
		}
	}

	/** The array a collection table's rows are stored in, or null when {@code table} is not a collection table. */
	public ArrayTable arrayTable(String table) {
		return arrays.get( table );
	}

	/** Whether {@code column} is already laid out as the id or part of it. */
	boolean isIdentifierColumn(String table, String column) {
		String path = fieldPaths.getOrDefault( table, Map.of() ).get( column );
		return path != null && ( path.equals( "_id" ) || path.startsWith( "_id." ) );
	}

	void addReference(String table, String column, ReferencingJdbcType type) {
		String path = fieldPaths.get( table ).get( column );
		references.computeIfAbsent( table, t -> new HashMap<>() ).put( path, new ReferenceField( table, path, type ) );
	}

	/** The fields of {@code collection} that reference values stored outside the document, by path. */
	public Map<String, ReferenceField> references(String collection) {
		return references.getOrDefault( collection, Map.of() );
	}

	/** Every field of every collection that references values stored outside the document. */
	public List<ReferenceField> allReferences() {
		List<ReferenceField> all = new ArrayList<>();
		references.values().forEach( fields -> all.addAll( fields.values() ) );
		return all;
	}

	/** Whether {@code column} of {@code table} holds references to values stored outside the document. */
	public boolean isReference(String table, String column) {
		String path = fieldPaths.getOrDefault( table, Map.of() ).get( column );
		return path != null && references( table ).containsKey( path );
	}

	/** The collection holding the rows of {@code table}: for a collection table, its owner's. */
	public String collection(String table) {
		ArrayTable array = arrays.get( table );
		if ( array != null ) {
			return array.collection();
		}
		if ( !fieldPaths.containsKey( table ) ) {
			throw new FeatureNotSupportedException( "Table '" + table
					+ "' is not supported: it is not the table of a mapped entity or element collection (secondary tables and joined inheritance are not stored yet)" );
		}
		return table;
	}

	/** The document field path of {@code column} in {@code table}, or null when it is not a column of a mapped entity table. */
	public String mappedFieldPath(String table, String column) {
		return fieldPaths.getOrDefault( table, Map.of() ).get( column );
	}

	/**
	 * The document field path of {@code column} in {@code table}; for a collection table, its path in the
	 * owner document with the array unwound ({@link ArrayTable#path}).
	 */
	public String fieldPath(String table, String column) {
		ArrayTable array = arrays.get( table );
		if ( array != null ) {
			return array.path( column );
		}
		Map<String, String> columns = fieldPaths.get( collection( table ) );
		String path = columns.get( column );
		if ( path == null ) {
			throw new FeatureNotSupportedException( "Column '" + column + "' of '" + table
					+ "' is not supported: it is not a mapped attribute column" );
		}
		return path;
	}
}
