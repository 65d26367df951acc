package io.hibermongo.dialect.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.spi.ReferencingJdbcType;

/**
 * Where each table and column Hibernate knows lives in MongoDB: a table is a collection, a column a
 * field path inside its documents ({@code _id} for the id, {@code address.city} for a column of an
 * {@code @Embedded} value); a collection table is an array in its owner's documents ({@link ArrayTable});
 * a JOINED subclass table or a secondary table is a part of its root table's documents ({@link DocumentPart}),
 * its columns top-level fields of the same document and its key columns {@code _id}; the polymorphic read of
 * a TABLE_PER_CLASS hierarchy is a union of its classes' collections ({@link UnionTable}). Built once per SessionFactory from the mapping model by {@link DocumentLayoutBuilder}, which refuses at
 * startup what cannot be stored.
 */
public final class DocumentLayout {

	private final Map<String, Map<String, String>> fieldPaths = new HashMap<>();
	private final Map<String, Map<String, ReferenceField>> references = new HashMap<>();
	private final Map<String, ArrayTable> arrays = new HashMap<>();
	private final Map<String, DocumentPart> parts = new HashMap<>();
	private final Map<String, UnionTable> unions = new HashMap<>();
	/** The collections whose documents hold arrays or parts written as rows of tables of their own. */
	private final Set<String> composed = new HashSet<>();
	/** Per collection, each field path and the entity column that stores it, to refuse two columns in one field. */
	private final Map<String, Map<String, StoredColumn>> fieldColumns = new HashMap<>();

	void add(String table, String column, String path) {
		add( table, column, path, "column '" + column + "'" );
	}

	/**
	 * Lays {@code column} of {@code table} out at {@code path}; {@code owner} names the entity and column
	 * for the message when two columns of the tables sharing one document would be stored in one field.
	 */
	void add(String table, String column, String path, String owner) {
		String previous = fieldPaths.computeIfAbsent( table, t -> new HashMap<>() ).putIfAbsent( column, path );
		if ( previous != null && !previous.equals( path ) ) {
			throw new org.hibernate.MappingException( "Column '" + column + "' of collection '" + table
					+ "' is mapped to both '" + previous + "' and '" + path + "'" );
		}
		if ( path.equals( "_id" ) || path.startsWith( "_id." ) ) {
			return;
		}
		StoredColumn stored = new StoredColumn( table, column, owner );
		StoredColumn other = fieldColumns.computeIfAbsent( collection( table ), c -> new HashMap<>() ).putIfAbsent( path, stored );
		if ( other != null && !( other.table().equals( table ) && other.column().equals( column ) ) ) {
			throw new org.hibernate.MappingException( "The " + owner + " (table '" + table + "') and the " + other.owner()
					+ " (table '" + other.table() + "') are not supported together: both would be stored in the field '" + path
					+ "' of the documents of '" + collection( table ) + "'; give one of them another column name with @Column(name = …)" );
		}
	}

	/** The column of an entity table that is stored in a field, and how to name it in a message. */
	private record StoredColumn(String table, String column, String owner) {
	}

	/** Lays out {@code union}: each column at its path in the members' documents, the discriminator as itself. */
	void addUnion(UnionTable union, Map<String, String> columns) {
		unions.put( union.table(), union );
		Map<String, String> paths = new HashMap<>( columns );
		paths.put( union.discriminator(), union.discriminator() );
		fieldPaths.put( union.table(), paths );
	}

	/** Whether {@code table} is laid out as the table of entities (a collection, a part of one, or a union of them). */
	public boolean isEntityTable(String table) {
		return fieldPaths.containsKey( table );
	}

	/** The polymorphic read of a TABLE_PER_CLASS hierarchy whose table expression is {@code table}, or null. */
	public UnionTable union(String table) {
		return unions.get( table );
	}

	void addPart(DocumentPart part) {
		parts.putIfAbsent( part.table(), part );
		composed.add( part.collection() );
	}

	/** The JOINED subclass table or secondary table {@code table} as a part of another table's documents, or null. */
	public DocumentPart part(String table) {
		return parts.get( table );
	}

	/** The field path of each column of the entity table {@code table}. */
	Map<String, String> columns(String table) {
		return fieldPaths.getOrDefault( table, Map.of() );
	}

	/** The document fields of the columns of {@code table} other than its key: what its row is in the document. */
	public List<String> ownFields(String table) {
		return fieldPaths.getOrDefault( table, Map.of() ).values().stream()
				.filter( path -> !path.equals( "_id" ) && !path.startsWith( "_id." ) ).sorted().toList();
	}

	void addArray(ArrayTable array) {
		ArrayTable previous = arrays.putIfAbsent( array.table(), array );
		if ( previous != null && !( previous.collection().equals( array.collection() ) && previous.field().equals( array.field() ) ) ) {
			throw new org.hibernate.MappingException( "Collection table '" + array.table() + "' is mapped to both '"
					+ previous.collection() + "." + previous.field() + "' and '" + array.collection() + "." + array.field() + "'" );
		}
		composed.add( array.collection() );
	}

	/**
	 * Whether the documents of {@code collection} have arrays (element collections, join tables) or parts
	 * (JOINED subclass tables, secondary tables) whose rows Hibernate writes after the document's own insert.
	 */
	public boolean isComposed(String collection) {
		return composed.contains( collection );
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
		String collection = collection( table );
		references.computeIfAbsent( collection, t -> new HashMap<>() ).put( path, new ReferenceField( collection, path, type ) );
	}

	/**
	 * The element column {@code column} of {@code array} holds references: recorded at its path through
	 * the array in the owner's collection ({@code array.field} or, for basic elements, {@code array}).
	 */
	void addElementReference(ArrayTable array, String column, ReferencingJdbcType type) {
		String path = array.readPath( column );
		references.computeIfAbsent( array.collection(), t -> new HashMap<>() )
				.put( path, new ReferenceField( array.collection(), path, type ) );
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
		ArrayTable array = arrays.get( table );
		if ( array != null ) {
			return array.elementPath( column ) != null && references( array.collection() ).containsKey( array.readPath( column ) );
		}
		String path = mappedFieldPath( table, column );
		return path != null && references( collection( table ) ).containsKey( path );
	}

	/** The collection holding the rows of {@code table}: for a collection table, its owner's. */
	public String collection(String table) {
		ArrayTable array = arrays.get( table );
		if ( array != null ) {
			return array.collection();
		}
		DocumentPart part = parts.get( table );
		if ( part != null ) {
			return part.collection();
		}
		UnionTable union = unions.get( table );
		if ( union != null ) {
			return union.collections().get( 0 );
		}
		if ( !fieldPaths.containsKey( table ) ) {
			throw new FeatureNotSupportedException( "Table '" + table
					+ "' is not supported: it is not the table of a mapped entity or element collection" );
		}
		return table;
	}

	/**
	 * The document field path of {@code column} in {@code table}, or null when it is not a column of a mapped
	 * entity table. The tables of one document share its fields, so a part table also resolves the columns of
	 * the table it is part of (a JOINED subclass table the root's discriminator).
	 */
	public String mappedFieldPath(String table, String column) {
		String path = fieldPaths.getOrDefault( table, Map.of() ).get( column );
		DocumentPart part = parts.get( table );
		return path == null && part != null ? fieldPaths.getOrDefault( part.collection(), Map.of() ).get( column ) : path;
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
		collection( table );
		String path = mappedFieldPath( table, column );
		if ( path == null ) {
			throw new FeatureNotSupportedException( "Column '" + column + "' of '" + table
					+ "' is not supported: it is not a mapped attribute column" );
		}
		return path;
	}
}
