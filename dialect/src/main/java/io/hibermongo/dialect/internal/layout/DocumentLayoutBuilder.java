package io.hibermongo.dialect.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.type.MongoTypes;
import io.hibermongo.dialect.spi.ArrayLayout;
import io.hibermongo.dialect.spi.ArrayLayoutProvider;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.hibernate.MappingException;
import org.hibernate.engine.FetchStyle;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.metamodel.mapping.DiscriminatorValue;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.metamodel.spi.MappingMetamodelImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.type.SqlTypes;

/**
 * Walks the mapping model once and lays every entity out as documents:
 * <ul>
 * <li>the id column is {@code _id}; an {@code @EmbeddedId}/{@code @IdClass} id is an {@code _id}
 *     sub-document;</li>
 * <li>a basic column is a top-level field named like the column; one of Hibernate's basic arrays
 *     ({@code String[]}, {@code List<String>} without {@code @ElementCollection}) is a BSON array there;</li>
 * <li>an {@code @Embedded} value is a nested document under its attribute name, recursively; its
 *     leaf field is named by the last segment of the column name, so {@code @AttributeOverride}
 *     renames the nested field;</li>
 * <li>a {@code @ManyToOne}/owning {@code @OneToOne} is its foreign-key field;</li>
 * <li>a column of a {@link ReferencingJdbcType} (a LOB with the gridfs module) is a field holding the
 *     reference, recorded as a {@link ReferenceField};</li>
 * <li>an element collection, a {@code @ManyToMany} and a join-table {@code @OneToMany} are an array
 *     under the attribute name (of the target ids for associations), laid out by the
 *     {@link ArrayLayoutProvider} of the embedded-types module ({@link ArrayTable}); without that module
 *     it is refused, naming the module to add.</li>
 * </ul>
 * What cannot be stored yet fails here, at startup, naming the entity and the attribute.
 */
public final class DocumentLayoutBuilder {

	private final DocumentLayout layout = new DocumentLayout();
	private final ArrayLayoutProvider arrays;

	private DocumentLayoutBuilder(ArrayLayoutProvider arrays) {
		this.arrays = arrays;
	}

	/** Lays out every entity; {@code arrays} is null when no module lays out element collections. */
	public static DocumentLayout build(MappingMetamodelImplementor metamodel, ArrayLayoutProvider arrays) {
		DocumentLayoutBuilder builder = new DocumentLayoutBuilder( arrays );
		metamodel.forEachEntityDescriptor( builder::addEntity );
		metamodel.forEachEntityDescriptor( builder::addUnion );
		return builder.layout;
	}

	private void addEntity(EntityPersister persister) {
		String entity = persister.getEntityName();
		if ( !( persister instanceof AbstractEntityPersister entityPersister ) ) {
			throw new MappingException( "Entity '" + entity + "' is not supported: its persister "
					+ persister.getClass().getName() + " is not one of Hibernate's entity persisters" );
		}
		// the entity's tables in Hibernate's natural order: the root's (or its only) table first
		String table = checkedName( entity, "table", entityPersister.getTableName( 0 ) );
		addIdentifier( entity, table, persister.getIdentifierMapping() );
		for ( int j = 1; j < entityPersister.getTableSpan(); j++ ) {
			addPart( entityPersister, table, j );
		}
		EntityDiscriminatorMapping discriminator = persister.getDiscriminatorMapping();
		if ( discriminator != null && !discriminator.isFormula() ) {
			layout.add( table, discriminator.getSelectionExpression(),
					checkedName( entity, "discriminator", discriminator.getSelectionExpression() ) );
		}
		persister.forEachAttributeMapping( (java.util.function.Consumer<AttributeMapping>) attribute -> addAttribute( entity, table, attribute, List.of() ) );
	}

	/**
	 * Lays out the polymorphic read of a TABLE_PER_CLASS entity with subclasses: the union of the collections
	 * of it (when concrete) and its concrete subclasses, each already laid out as an entity of its own.
	 */
	private void addUnion(EntityPersister persister) {
		if ( !( persister instanceof UnionSubclassEntityPersister union ) || !union.hasSubclasses() ) {
			return;
		}
		List<String> collections = new ArrayList<>();
		List<Integer> values = new ArrayList<>();
		Map<String, String> columns = new LinkedHashMap<>();
		List<EntityMappingType> classes = new ArrayList<>();
		classes.add( union );
		classes.addAll( union.getSubMappingTypes() );
		for ( EntityMappingType type : classes ) {
			if ( !type.isAbstract() && type instanceof AbstractEntityPersister member ) {
				collections.add( member.getTableName( 0 ) );
				// Hibernate numbers the classes of a TABLE_PER_CLASS hierarchy (its subclass ids)
				values.add( ( (Number) ( (DiscriminatorValue.Literal) member.getDiscriminatorValue() ).value() ).intValue() );
				layout.columns( member.getTableName( 0 ) ).forEach( columns::putIfAbsent );
			}
		}
		layout.addUnion( new UnionTable( union.getTableName(), collections,
				union.getDiscriminatorMapping().getSelectionExpression(), values ), columns );
	}

	/**
	 * Lays out a JOINED subclass table or a secondary table of {@code persister} as a part of the documents of
	 * {@code root}: its key columns are their {@code _id}, its other columns fields beside the root's.
	 */
	private void addPart(AbstractEntityPersister persister, String root, int j) {
		String entity = persister.getEntityName();
		String name = checkedName( entity, "table", persister.getTableName( j ) );
		String subclass = subclassOwning( persister, name );
		if ( subclass != null ) {
			checkDiscriminated( persister, subclass );
		}
		// Hibernate's own test of an optional table (EntityTableMapping#isOptional), whose mappings are not built yet
		layout.addPart( new DocumentPart( name, root, subclass, persister.isNullableTable( j ) ) );
		List<String> idPaths = new ArrayList<>();
		persister.getIdentifierMapping().forEachSelectable(
				(index, selectable) -> idPaths.add( layout.fieldPath( root, selectable.getSelectionExpression() ) ) );
		String[] keys = persister.getKeyColumns( j );
		for ( int k = 0; k < keys.length; k++ ) {
			layout.add( name, keys[k], idPaths.get( k ) );
		}
	}

	/** The entity whose own JOINED table {@code table} is, null when it is a secondary table. */
	private static String subclassOwning(AbstractEntityPersister persister, String table) {
		for ( EntityMappingType type = persister; type != null; type = type.getSuperMappingType() ) {
			if ( type instanceof AbstractEntityPersister typed && typed.getTableName().equals( table ) ) {
				return typed.getEntityName();
			}
		}
		return null;
	}

	/**
	 * A JOINED subclass's row is in a document exactly when the root's discriminator field names the subclass
	 * or one of its own subclasses, so the hierarchy needs a discriminator column holding plain values. Hibermongo
	 * turns Hibernate's implicit one on ({@link JoinedDiscriminators}); this refuses mappings that turned it off.
	 */
	private static void checkDiscriminated(AbstractEntityPersister persister, String subclass) {
		EntityDiscriminatorMapping discriminator = persister.getDiscriminatorMapping();
		if ( discriminator == null || discriminator.isFormula() || !discriminator.hasPhysicalColumn() ) {
			throw new MappingException( "Entity '" + subclass + "' is not supported: its JOINED hierarchy has no discriminator column, "
					+ "which tells which subclass tables a document holds; remove hibernate.discriminator.implicit_for_joined=false "
					+ "or hibernate.discriminator.ignore_explicit_for_joined=true, or declare @DiscriminatorColumn on the root entity" );
		}
		for ( EntityMappingType type = persister; type != null; type = type.getSuperMappingType() ) {
			if ( !( type.getDiscriminatorValue() instanceof DiscriminatorValue.Literal ) ) {
				throw new MappingException( "Entity '" + type.getEntityName() + "' is not supported: in a JOINED hierarchy "
						+ "its discriminator value must be a plain value, not '" + type.getDiscriminatorValue() + "'" );
			}
		}
	}

	private void addIdentifier(String entity, String table, EntityIdentifierMapping identifier) {
		if ( identifier instanceof BasicValuedModelPart basic ) {
			checkStorable( entity, identifier.getAttributeName(), basic );
			layout.add( table, basic.getSelectionExpression(), "_id" );
		}
		else {
			identifier.forEachSelectable( (index, selectable) -> {
				checkStorable( entity, identifier.getAttributeName(), selectable );
				layout.add( table, selectable.getSelectionExpression(),
						"_id." + checkedName( entity, identifier.getAttributeName(), lastSegment( selectable.getSelectionExpression() ) ) );
			} );
		}
	}

	private void addAttribute(String entity, String table, AttributeMapping attribute, List<String> embedding) {
		String name = attribute.getAttributeName();
		if ( attribute instanceof PluralAttributeMapping plural ) {
			if ( isUnidirectionalOneToMany( plural ) ) {
				// @OneToMany @JoinColumn: the foreign key is a field of the child's documents
				String childTable = plural.getKeyDescriptor().getKeyTable();
				plural.getKeyDescriptor().getKeyPart().forEachSelectable(
						(index, selectable) -> addColumn( entity, childTable, name, selectable, List.of() ) );
			}
			else if ( !isInverseOneToMany( plural ) ) {
				addArray( entity, table, plural, embedding );
			}
			return;
		}
		if ( attribute instanceof EmbeddableValuedModelPart embedded ) {
			if ( embedded.getEmbeddableTypeDescriptor().getAggregateMapping() != null ) {
				throw new MappingException( "Attribute '" + name + "' of entity '" + entity + "' is not supported: "
						+ "an @Embeddable mapped as JSON or as a struct is not stored yet; drop the JSON mapping to store it as a "
						+ "sub-document, or use a class that is not @Embeddable with @JdbcTypeCode(SqlTypes.JSON)" );
			}
			List<String> nested = new ArrayList<>( embedding );
			nested.add( checkedName( entity, name, name ) );
			EmbeddableMappingType embeddable = embedded.getEmbeddableTypeDescriptor();
			embeddable.forEachAttributeMapping( (java.util.function.Consumer<AttributeMapping>) part -> addAttribute( entity, table, part, nested ) );
			return;
		}
		if ( attribute instanceof ToOneAttributeMapping toOne ) {
			if ( toOne.getSideNature() == org.hibernate.metamodel.mapping.ForeignKeyDescriptor.Nature.TARGET
					|| toOne.getForeignKeyDescriptor() == null ) {
				return;
			}
			if ( !isOfDocument( toOne.getForeignKeyDescriptor().getKeyTable(), table ) ) {
				return;
			}
			toOne.getForeignKeyDescriptor().getKeyPart().forEachSelectable(
					(index, selectable) -> addColumn( entity, table, name, selectable, embedding ) );
			return;
		}
		if ( attribute instanceof BasicValuedModelPart basic ) {
			checkStorable( entity, name, basic );
			addColumn( entity, table, name, basic, embedding );
			return;
		}
		throw new MappingException( "Attribute '" + name + "' of entity '" + entity + "' is not supported: "
				+ attribute.getClass().getSimpleName() + " mappings are not stored yet" );
	}

	private void addArray(String entity, String table, PluralAttributeMapping plural, List<String> embedding) {
		String name = plural.getAttributeName();
		if ( plural.getIndexDescriptor() instanceof EntityCollectionPart ) {
			throw new MappingException( "Attribute '" + name + "' of entity '" + entity
					+ "' is not supported: entity map keys (@MapKeyJoinColumn) are not stored yet" );
		}
		if ( plural.getMappedFetchOptions().getStyle() == FetchStyle.SUBSELECT ) {
			throw new MappingException( "Attribute '" + name + "' of entity '" + entity
					+ "' is not supported: @Fetch(SUBSELECT) on a collection stored as an array in the owner document"
					+ " (the owners' query would be a subquery beside the unwound array); use @BatchSize instead" );
		}
		if ( plural.getElementDescriptor() instanceof EntityCollectionPart && plural.getCollectionDescriptor().isInverse() ) {
			// the inverse side of a @ManyToMany reads the array the owning side lays out
			return;
		}
		if ( arrays == null ) {
			throw new MappingException( "Attribute '" + name + "' of entity '" + entity
					+ "' is not supported: element collections are stored as arrays in the owner document by the "
					+ "hibermongo-embedded-types module; add io.hibermongo:hibermongo-embedded-types to the class path" );
		}
		if ( !( plural.getKeyDescriptor().getTargetPart() instanceof EntityIdentifierMapping ) ) {
			throw new MappingException( "Attribute '" + name + "' of entity '" + entity
					+ "' is not supported: an element collection must refer to its owner's id (not a property-ref)" );
		}
		List<SelectableMapping> columns = new ArrayList<>();
		plural.getElementDescriptor().forEachSelectable( (index, selectable) -> columns.add( selectable ) );
		if ( plural.getIndexDescriptor() != null ) {
			plural.getIndexDescriptor().forEachSelectable( (index, selectable) -> columns.add( selectable ) );
		}
		for ( SelectableMapping column : columns ) {
			checkStorable( entity, name, column );
		}
		if ( plural.getIndexDescriptor() != null ) {
			plural.getIndexDescriptor().forEachSelectable( (index, selectable) -> {
				if ( selectable.getJdbcMapping().getJdbcType() instanceof ReferencingJdbcType ) {
					throw new MappingException( "Attribute '" + name + "' of entity '" + entity
							+ "' is not supported: LOB map keys are not stored (a key must be compared, a LOB cannot)" );
				}
			} );
		}
		List<String> targets = new ArrayList<>();
		plural.getKeyDescriptor().getTargetPart().forEachSelectable(
				(index, selectable) -> targets.add( layout.fieldPath( table, selectable.getSelectionExpression() ) ) );
		Map<String, String> keyColumns = new LinkedHashMap<>();
		plural.getKeyDescriptor().getKeyPart().forEachSelectable(
				(index, selectable) -> keyColumns.put( selectable.getSelectionExpression(), targets.get( index ) ) );
		List<String> path = new ArrayList<>( embedding );
		path.add( checkedName( entity, name, name ) );
		ArrayLayout array = arrays.layout( entity, plural, String.join( ".", path ) );
		ArrayTable arrayTable = new ArrayTable( plural.getSeparateCollectionTable(), table, array, keyColumns );
		layout.addArray( arrayTable );
		plural.getElementDescriptor().forEachSelectable( (index, selectable) -> {
			if ( selectable.getJdbcMapping().getJdbcType() instanceof ReferencingJdbcType referencing ) {
				layout.addElementReference( arrayTable, selectable.getSelectionExpression(), referencing );
			}
		} );
	}

	/** Whether {@code table} is {@code root} or a part of its documents. */
	private boolean isOfDocument(String table, String root) {
		return table.equals( root ) || layout.part( table ) != null && layout.part( table ).collection().equals( root );
	}

	private static boolean isUnidirectionalOneToMany(PluralAttributeMapping plural) {
		return plural.getElementDescriptor() instanceof EntityCollectionPart
				&& plural.getCollectionDescriptor().isOneToMany() && !plural.getCollectionDescriptor().isInverse();
	}

	private static boolean isInverseOneToMany(PluralAttributeMapping plural) {
		return plural.getElementDescriptor() instanceof EntityCollectionPart
				&& plural.getCollectionDescriptor().isInverse() && !plural.getCollectionDescriptor().isManyToMany();
	}

	private void addColumn(String entity, String table, String attribute, SelectableMapping selectable, List<String> embedding) {
		if ( selectable.isFormula() ) {
			return;
		}
		String column = selectable.getSelectionExpression();
		// a column of a JOINED subclass table or a secondary table: laid out in that table, in the same document
		String containing = selectable.getContainingTableExpression();
		if ( containing != null && layout.part( containing ) != null ) {
			table = containing;
		}
		if ( layout.isIdentifierColumn( table, column ) ) {
			// an @IdClass attribute, or a @MapsId foreign key: the column already is (part of) _id
			return;
		}
		String path;
		if ( embedding.isEmpty() ) {
			path = checkedName( entity, attribute, column );
		}
		else {
			path = String.join( ".", embedding ) + "." + checkedName( entity, attribute, lastSegment( column ) );
		}
		layout.add( table, column, path, "column '" + column + "' of '" + entity + "." + attribute + "'" );
		if ( selectable.getJdbcMapping().getJdbcType() instanceof ReferencingJdbcType referencing ) {
			layout.addReference( table, column, referencing );
		}
	}

	private static void checkStorable(String entity, String attribute, SelectableMapping selectable) {
		if ( !MongoTypes.isStorable( selectable.getJdbcMapping() ) ) {
			throw new MappingException( "Attribute '" + attribute + "' of entity '" + entity + "' is not supported: its type "
					+ selectable.getJdbcMapping().getJavaTypeDescriptor().getTypeName() + " (JDBC type "
					+ selectable.getJdbcMapping().getJdbcType().getFriendlyName() + ") has no BSON mapping"
					+ ( isLob( selectable ) ? "; LOBs need the hibermongo-gridfs module" : "" )
					+ ( isArray( selectable ) ? "; only arrays of basic values (strings, numbers, dates, UUIDs, enums…) are stored" : "" ) );
		}
	}

	private static boolean isLob(SelectableMapping selectable) {
		return selectable.getJdbcMapping().getJdbcType().isLob();
	}

	private static boolean isArray(SelectableMapping selectable) {
		return selectable.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode() == SqlTypes.ARRAY;
	}

	static String lastSegment(String column) {
		return column.substring( column.lastIndexOf( '.' ) + 1 );
	}

	/** A field name must not be empty, start with {@code $} or contain {@code .} or NUL. */
	private static String checkedName(String entity, String attribute, String name) {
		if ( name.isEmpty() || name.startsWith( "$" ) || name.indexOf( '.' ) >= 0 || name.indexOf( '\0' ) >= 0 ) {
			throw new MappingException( "Attribute '" + attribute + "' of entity '" + entity + "' is not supported: '" + name
					+ "' cannot be a MongoDB field or collection name (it is empty, starts with '$' or contains '.' or NUL)" );
		}
		return name;
	}
}
