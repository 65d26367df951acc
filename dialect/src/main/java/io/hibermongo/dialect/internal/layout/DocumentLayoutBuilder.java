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
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.metamodel.spi.MappingMetamodelImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.SqlTypes;

/**
 * Walks the mapping model once and lays every entity out as documents:
 * <ul>
 * <li>the id column is {@code _id}; an {@code @EmbeddedId}/{@code @IdClass} id is an {@code _id}
 *     sub-document;</li>
 * <li>a basic column is a top-level field named like the column;</li>
 * <li>an {@code @Embedded} value is a nested document under its attribute name, recursively; its
 *     leaf field is named by the last segment of the column name, so {@code @AttributeOverride}
 *     renames the nested field;</li>
 * <li>a {@code @ManyToOne}/owning {@code @OneToOne} is its foreign-key field;</li>
 * <li>a column of a {@link ReferencingJdbcType} (a LOB with the gridfs module) is a field holding the
 *     reference, recorded as a {@link ReferenceField};</li>
 * <li>an element collection is an array under its attribute name, laid out by the
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
		return builder.layout;
	}

	private void addEntity(EntityPersister persister) {
		String entity = persister.getEntityName();
		if ( !( persister instanceof AbstractEntityPersister entityPersister ) || entityPersister.getTableSpan() != 1 ) {
			throw new MappingException( "Entity '" + entity
					+ "' is not supported: secondary tables and JOINED inheritance are not stored yet; use SINGLE_TABLE inheritance" );
		}
		String table = checkedName( entity, "table", entityPersister.getTableName() );
		addIdentifier( entity, table, persister.getIdentifierMapping() );
		EntityDiscriminatorMapping discriminator = persister.getDiscriminatorMapping();
		if ( discriminator != null && !discriminator.isFormula() ) {
			layout.add( table, discriminator.getSelectionExpression(),
					checkedName( entity, "discriminator", discriminator.getSelectionExpression() ) );
		}
		persister.forEachAttributeMapping( (java.util.function.Consumer<AttributeMapping>) attribute -> addAttribute( entity, table, attribute, List.of() ) );
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
			if ( !toOne.getForeignKeyDescriptor().getKeyTable().equals( table ) ) {
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
		if ( plural.getElementDescriptor() instanceof EntityCollectionPart
				|| plural.getIndexDescriptor() instanceof EntityCollectionPart ) {
			throw new MappingException( "Attribute '" + name + "' of entity '" + entity
					+ "' is not supported: @ManyToMany, @OneToMany with a join table and entity map keys are not stored yet" );
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
			if ( column.getJdbcMapping().getJdbcType() instanceof ReferencingJdbcType ) {
				throw new MappingException( "Attribute '" + name + "' of entity '" + entity
						+ "' is not supported: LOBs inside element collections are not stored yet" );
			}
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
		layout.addArray( new ArrayTable( plural.getSeparateCollectionTable(), table, array, keyColumns ) );
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
		layout.add( table, column, path );
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
					+ ( isArray( selectable ) ? "; basic arrays and collections of basic values are not stored yet" : "" ) );
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
