package io.hibermongo.embedded.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.hibernate.MappingException;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.EntityCollectionPart;

/**
 * The path inside one array element of each column of a collection table's element (or map key): a
 * basic value is the element itself (or {@code k}/{@code v} of a map entry); an embeddable is a
 * sub-document whose fields are named like those of an {@code @Embedded} value of an entity: the
 * attribute names of nested embeddables, then the last {@code .}-segment of the column name (so
 * {@code @AttributeOverride} renames the field).
 */
final class ElementPaths {

	private final String entity;
	private final String attribute;
	private final Map<String, String> paths = new LinkedHashMap<>();

	private ElementPaths(String entity, String attribute) {
		this.entity = entity;
		this.attribute = attribute;
	}

	/** The columns of {@code plural}'s element and map key, with their paths in one array element. */
	static Map<String, String> of(String entity, PluralAttributeMapping plural, boolean map) {
		ElementPaths paths = new ElementPaths( entity, plural.getAttributeName() );
		if ( map ) {
			paths.add( plural.getIndexDescriptor(), "k" );
			paths.add( plural.getElementDescriptor(), "v" );
		}
		else {
			paths.add( plural.getElementDescriptor(), "" );
		}
		return Map.copyOf( paths.paths );
	}

	private void add(ModelPart part, String prefix) {
		if ( part instanceof BasicValuedModelPart basic ) {
			put( basic.getSelectionExpression(), prefix );
		}
		else if ( part instanceof EmbeddableValuedModelPart embedded ) {
			embedded.getEmbeddableTypeDescriptor().forEachAttributeMapping(
					(Consumer<AttributeMapping>) nested -> addAttribute( nested, prefix ) );
		}
		else if ( part instanceof EntityCollectionPart entity ) {
			addForeignKey( entity, prefix );
		}
		else {
			throw refuse( part.getPartName() + " is a " + part.getClass().getSimpleName()
					+ "; elements and map keys can be basic values, embeddables or (elements only) entities" );
		}
	}

	/**
	 * The element of a {@code @ManyToMany} or join-table {@code @OneToMany}: the target's id, the element
	 * itself for a one-column key (<code>labels: [1, 7]</code>), a sub-document named like an
	 * {@code @EmbeddedId}'s fields for a composite one.
	 */
	private void addForeignKey(EntityCollectionPart entity, String prefix) {
		if ( entity.getJdbcTypeCount() == 1 ) {
			entity.forEachSelectable( (index, selectable) -> put( selectable.getSelectionExpression(), prefix ) );
		}
		else {
			entity.forEachSelectable( (index, selectable) -> {
				String column = selectable.getSelectionExpression();
				put( column, join( prefix, checked( column.substring( column.lastIndexOf( '.' ) + 1 ) ) ) );
			} );
		}
	}

	private void addAttribute(AttributeMapping attribute, String prefix) {
		String name = attribute.getAttributeName();
		if ( attribute instanceof BasicValuedModelPart basic ) {
			if ( !basic.isFormula() ) {
				String column = basic.getSelectionExpression();
				put( column, join( prefix, checked( column.substring( column.lastIndexOf( '.' ) + 1 ) ) ) );
			}
		}
		else if ( attribute instanceof EmbeddableValuedModelPart ) {
			add( attribute, join( prefix, checked( name ) ) );
		}
		else if ( attribute instanceof PluralAttributeMapping ) {
			throw refuse( "'" + name + "' is a collection inside an element; collections of collections cannot be stored" );
		}
		else {
			throw refuse( "'" + name + "' is an association inside an element; associations in element collections are not stored yet" );
		}
	}

	private void put(String column, String path) {
		if ( paths.putIfAbsent( column, path ) != null ) {
			throw refuse( "column '" + column + "' is mapped twice in one element" );
		}
	}

	private static String join(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + "." + name;
	}

	/** A field name must not be empty, start with {@code $} or contain {@code .} or NUL. */
	private String checked(String name) {
		if ( name.isEmpty() || name.startsWith( "$" ) || name.indexOf( '.' ) >= 0 || name.indexOf( '\0' ) >= 0 ) {
			throw refuse( "'" + name + "' cannot be a MongoDB field name (it is empty, starts with '$' or contains '.' or NUL)" );
		}
		return name;
	}

	private MappingException refuse(String why) {
		return new MappingException( "Attribute '" + attribute + "' of entity '" + entity + "' is not supported: " + why );
	}
}
