package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.hibernate.MappingException;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The indexes of one collection that the mapping implies, in this order:
 * <ul>
 * <li>unique columns ({@code @Column(unique = true)}), unique keys ({@code @UniqueConstraint}, {@code @NaturalId}) and
 *     {@code @Index} / {@code @Table(indexes)}, under Hibernate's names (the mapping's when it gives one,
 *     else Hibernate's deterministic {@code UK…} / {@code IDX…} name), {@code "b desc"} as {@code -1};</li>
 * <li>an index on the fields of each foreign key ({@code @ManyToOne}, owning {@code @OneToOne}), named
 *     like the foreign key, so that a {@code $lookup} from the other side is an index lookup — unless
 *     another index starts with those fields or they are (part of) {@code _id};</li>
 * <li>the {@code @MongoIndex} annotations (see {@link MongoIndexes});</li>
 * <li>the indexes of its element collections' tables, on paths inside the arrays (see {@link ArrayIndexes}).</li>
 * </ul>
 * A unique index on nullable fields (or fields of a SINGLE_TABLE subclass) must, as in SQL, allow any number of documents lacking them (we
 * never store null: such fields are absent). On one field that is {@code sparse: true}; on several it is
 * a {@code partialFilterExpression} of {@code {f: {$exists: true}}} per nullable field, since a sparse
 * compound index still indexes documents that have only some of its fields. (The embedded test server
 * honours {@code sparse} but ignores partial filters.)
 */
final class CollectionIndexes {

	private final String collection;
	private final DocumentLayout layout;
	private final Set<String> mayBeAbsent = new HashSet<>();
	private final List<IndexDefinition> indexes = new ArrayList<>();

	private CollectionIndexes(String collection, DocumentLayout layout, List<MappedField> fields) {
		this.collection = collection;
		this.layout = layout;
		fields.stream().filter( field -> field.nullable() || !field.inEveryDocument() ).forEach( field -> mayBeAbsent.add( field.path() ) );
	}

	/**
	 * The indexes of the collection of {@code tables}: the first is the collection's own table, the others the
	 * JOINED subclass tables and secondary tables whose rows are parts of its documents, so what they declare
	 * indexes the same documents.
	 */
	static List<IndexDefinition> of(List<Table> tables, DocumentLayout layout, List<MappedField> fields, String entity,
			List<Class<?>> entityClasses, List<IndexDefinition> arrayIndexes) {
		CollectionIndexes planned = new CollectionIndexes( tables.get( 0 ).getName(), layout, fields );
		for ( Table table : tables ) {
			for ( Column column : table.getColumns() ) {
				if ( column.isUnique() && !table.isPrimaryKey( column ) ) {
					String path = layout.fieldPath( table.getName(), column.getName() );
					String name = column.getUniqueKeyName() == null ? path + "_1" : column.getUniqueKeyName();
					planned.addMapped( table, name, List.of( column ), Map.of(), true, "unique column" );
				}
			}
			for ( UniqueKey unique : table.getUniqueKeys().values() ) {
				planned.addMapped( table, unique.getName(), unique.getColumns(), unique.getColumnOrderMap(), true, "unique key" );
			}
			for ( Index index : table.getIndexes().values() ) {
				planned.addMapped( table, index.getName(), index.getColumns(), index.getColumnOrderMap(), index.isUnique(), "@Index" );
			}
		}
		for ( Table table : tables ) {
			for ( ForeignKey foreignKey : table.getForeignKeyCollection() ) {
				planned.addForeignKey( table, foreignKey );
			}
		}
		for ( IndexDefinition index : MongoIndexes.of( entity, entityClasses, fields ) ) {
			planned.add( index );
		}
		arrayIndexes.forEach( planned::add );
		return List.copyOf( planned.indexes );
	}

	private void addMapped(Table table, String name, List<Column> columns, Map<Column, String> order, boolean unique, String origin) {
		BsonDocument key = new BsonDocument();
		List<String> nullable = new ArrayList<>();
		for ( Column column : columns ) {
			String path = layout.fieldPath( table.getName(), column.getName() );
			key.append( path, new BsonInt32( "desc".equalsIgnoreCase( order.get( column ) ) ? -1 : 1 ) );
			if ( mayBeAbsent.contains( path ) ) {
				nullable.add( path );
			}
		}
		if ( key.keySet().equals( Set.of( "_id" ) ) ) {
			// the _id index exists on every collection and is unique
			return;
		}
		BsonDocument options = new BsonDocument();
		if ( unique ) {
			options.append( "unique", BsonBoolean.TRUE );
			if ( nullable.size() == 1 && key.size() == 1 ) {
				options.append( "sparse", BsonBoolean.TRUE );
			}
			else if ( !nullable.isEmpty() ) {
				BsonDocument filter = new BsonDocument();
				nullable.forEach( path -> filter.append( path, new BsonDocument( "$exists", BsonBoolean.TRUE ) ) );
				options.append( "partialFilterExpression", filter );
			}
		}
		add( new IndexDefinition( name, key, options, origin + " " + name ) );
	}

	private void addForeignKey(Table table, ForeignKey foreignKey) {
		BsonDocument key = new BsonDocument();
		for ( Column column : foreignKey.getColumns() ) {
			String path = layout.fieldPath( table.getName(), column.getName() );
			if ( path.equals( "_id" ) || path.startsWith( "_id." ) ) {
				return;
			}
			key.append( path, new BsonInt32( 1 ) );
		}
		List<String> fields = List.copyOf( key.keySet() );
		boolean covered = indexes.stream().anyMatch( index -> index.key().size() >= fields.size()
				&& List.copyOf( index.key().keySet() ).subList( 0, fields.size() ).equals( fields ) );
		if ( !covered ) {
			add( new IndexDefinition( foreignKey.getName(), key, new BsonDocument(), "foreign key " + foreignKey.getName() ) );
		}
	}

	/**
	 * Adds {@code index} unless an index of the same key and options is there (under any name: Hibernate may
	 * describe one unique column both as a unique column and as a unique key); two different indexes of one
	 * name or one key are a mapping error, since MongoDB keeps one index per name and per key.
	 */
	private void add(IndexDefinition index) {
		for ( IndexDefinition existing : indexes ) {
			boolean sameName = existing.name().equals( index.name() );
			boolean sameIndex = existing.key().equals( index.key() ) && existing.options().equals( index.options() );
			if ( sameIndex ) {
				return;
			}
			if ( sameName || existing.key().equals( index.key() ) ) {
				throw new MappingException( "Collection '" + collection + "': " + index.origin() + " " + index.toBson().toJson()
						+ " conflicts with " + existing.origin() + " " + existing.toBson().toJson()
						+ ": MongoDB keeps one index per name and per key" );
			}
		}
		indexes.add( index );
	}

	/** The default name MongoDB gives an index: each field and its key value, joined by {@code _}. */
	static String defaultName(BsonDocument key) {
		StringBuilder name = new StringBuilder();
		key.forEach( (field, value) -> name.append( name.isEmpty() ? "" : "_" ).append( field ).append( '_' ).append( text( value ) ) );
		return name.toString();
	}

	private static String text(BsonValue value) {
		return value.isString() ? value.asString().getValue() : Integer.toString( value.asNumber().intValue() );
	}
}
