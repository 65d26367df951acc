package io.hibermongo.dialect.internal.schema;

import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.CollectionPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The fields of one collection, read from the SessionFactory's mapping: every entity stored in the
 * collection (the root of a SINGLE_TABLE or JOINED hierarchy first) is walked like {@code DocumentLayoutBuilder}
 * walks it, each column's path is taken from the {@link DocumentLayout}, and its nullability and length
 * from the boot model's column.
 */
final class MappedFields {

	private final DocumentLayout layout;
	private final String table;
	private final Map<String, Column> columns = new HashMap<>();
	private final Map<String, MappedField> fields = new LinkedHashMap<>();
	private boolean inEveryDocument = true;

	private MappedFields(DocumentLayout layout, Table table) {
		this.layout = layout;
		this.table = table.getName();
		table.getColumns().forEach( column -> columns.put( column.getName(), column ) );
	}

	/** The fields of {@code table}'s documents, each sub-document after its fields. */
	static List<MappedField> of(SessionFactoryImplementor factory, DocumentLayout layout, Table table) {
		MappedFields walk = new MappedFields( layout, table );
		for ( EntityPersister persister : persisters( factory, table.getName() ) ) {
			// the root's attributes come first; what a subclass adds, documents of other classes lack
			walk.inEveryDocument = persister.getRootEntityDescriptor() == persister;
			walk.addIdentifier( persister );
			EntityDiscriminatorMapping discriminator = persister.getDiscriminatorMapping();
			if ( discriminator != null && !discriminator.isFormula() ) {
				walk.addColumn( discriminator, null, null, discriminator.getSelectableName(), discriminator.getSelectableName() );
			}
			persister.forEachAttributeMapping( (Consumer<AttributeMapping>) attribute -> walk.addAttribute(
					persister.getMappedClass(), attribute, "" ) );
		}
		return List.copyOf( walk.fields.values() );
	}

	/**
	 * The element-collection arrays of {@code table}'s documents (also inside {@code @Embedded} values), each
	 * with the fields of one element as the {@link ArrayTable} lays them out.
	 */
	static List<ArrayField> arrays(SessionFactoryImplementor factory, DocumentLayout layout, Table table) {
		Map<String, ArrayField> arrays = new LinkedHashMap<>();
		for ( EntityPersister persister : persisters( factory, table.getName() ) ) {
			persister.forEachAttributeMapping( (Consumer<AttributeMapping>) attribute -> addArrays( layout, attribute, arrays ) );
		}
		return List.copyOf( arrays.values() );
	}

	private static void addArrays(DocumentLayout layout, AttributeMapping attribute, Map<String, ArrayField> arrays) {
		if ( attribute instanceof EmbeddableValuedModelPart embedded ) {
			embedded.getEmbeddableTypeDescriptor().forEachAttributeMapping(
					(Consumer<AttributeMapping>) part -> addArrays( layout, part, arrays ) );
			return;
		}
		if ( !( attribute instanceof PluralAttributeMapping plural ) ) {
			return;
		}
		ArrayTable array = layout.arrayTable( plural.getCollectionDescriptor().getTableName() );
		if ( array == null ) {
			return;
		}
		List<MappedField> elementFields = new ArrayList<>();
		for ( CollectionPart part : new CollectionPart[] { plural.getIndexDescriptor(), plural.getElementDescriptor() } ) {
			if ( part != null ) {
				part.forEachSelectable( (index, selectable) -> {
					String path = array.elementPath( selectable.getSelectionExpression() );
					if ( path != null && !selectable.isFormula() ) {
						elementFields.add( new MappedField( path, selectable.getJdbcMapping(), selectable.isNullable(), selectable.getLength(),
								null, null, attribute.getAttributeName(), attribute.getAttributeName(), true ) );
					}
				} );
			}
		}
		arrays.putIfAbsent( array.field(), new ArrayField( array.field(), List.copyOf( elementFields ), array.array().positionColumn() != null ) );
	}

	/** The entities stored in {@code table}, the root of an inheritance hierarchy first. */
	static List<EntityPersister> persisters(SessionFactoryImplementor factory, String table) {
		List<EntityPersister> persisters = new ArrayList<>();
		factory.getMappingMetamodel().forEachEntityDescriptor( persister -> {
			// the first of an entity's tables is the one holding its documents (the root's for JOINED subclasses)
			if ( persister instanceof AbstractEntityPersister entity && table.equals( entity.getTableName( 0 ) ) ) {
				persisters.add( persister );
			}
		} );
		persisters.sort( Comparator.comparing( persister -> persister.getRootEntityDescriptor() != persister ) );
		return persisters;
	}

	private void addIdentifier(EntityPersister persister) {
		EntityIdentifierMapping identifier = persister.getIdentifierMapping();
		if ( identifier instanceof BasicValuedModelPart basic ) {
			Member member = identifier instanceof AttributeMapping attribute ? member( attribute ) : null;
			addColumn( basic, member, persister.getMappedClass(), identifier.getAttributeName(), identifier.getAttributeName() );
			return;
		}
		identifier.forEachSelectable( (index, selectable) -> addColumn( selectable, null, null, identifier.getAttributeName(),
				identifier.getAttributeName() + "." + selectable.getSelectableName() ) );
		fields.putIfAbsent( "_id", new MappedField( "_id", null, false, null, null, null, identifier.getAttributeName(),
				identifier.getAttributeName(), true ) );
	}

	private void addAttribute(Class<?> owner, AttributeMapping attribute, String embedding) {
		String name = attribute.getAttributeName();
		String attributePath = embedding + name;
		int depth = embedding.isEmpty() ? 0 : embedding.split( "\\." ).length;
		if ( attribute instanceof EmbeddableValuedModelPart embedded ) {
			int before = fields.size();
			Class<?> embeddable = embedded.getEmbeddableTypeDescriptor().getMappedJavaType().getJavaTypeClass();
			embedded.getEmbeddableTypeDescriptor().forEachAttributeMapping(
					(Consumer<AttributeMapping>) part -> addAttribute( embeddable, part, attributePath + "." ) );
			List<MappedField> parts = fields.values().stream().skip( before ).toList();
			if ( !parts.isEmpty() ) {
				String path = prefix( parts.get( 0 ).path(), depth + 1 );
				fields.putIfAbsent( path, new MappedField( path, null, parts.stream().allMatch( MappedField::nullable ), null,
						member( attribute ), owner, name, attributePath, inEveryDocument ) );
			}
			return;
		}
		if ( attribute instanceof ToOneAttributeMapping toOne ) {
			ForeignKeyDescriptor key = toOne.getForeignKeyDescriptor();
			if ( toOne.getSideNature() == ForeignKeyDescriptor.Nature.KEY && key != null && isOfDocument( key.getKeyTable() ) ) {
				key.getKeyPart().forEachSelectable( (index, selectable) -> addColumn( selectable, member( attribute ), owner, name, attributePath ) );
			}
			return;
		}
		if ( attribute instanceof BasicValuedModelPart basic ) {
			addColumn( basic, member( attribute ), owner, name, attributePath );
		}
	}

	private void addColumn(SelectableMapping selectable, Member member, Class<?> owner, String attribute, String attributePath) {
		if ( selectable.isFormula() ) {
			return;
		}
		// a column of a JOINED subclass table or a secondary table is a field of the same documents; its boot
		// column is not among this table's, so it is taken as nullable (a validator is never stricter than the mapping)
		String containing = isOfDocument( selectable.getContainingTableExpression() ) ? selectable.getContainingTableExpression() : table;
		Column column = containing.equals( table ) ? columns.get( selectable.getSelectionExpression() ) : null;
		String path = layout.fieldPath( containing, selectable.getSelectionExpression() );
		boolean nullable = !path.equals( "_id" ) && !path.startsWith( "_id." ) && ( column == null || column.isNullable() );
		fields.putIfAbsent( path, new MappedField( path, selectable.getJdbcMapping(), nullable,
				column == null ? null : column.getLength(), member, owner, attribute, attributePath, inEveryDocument ) );
	}

	/** Whether {@code other} is this table or a part of its documents (a JOINED subclass table, a secondary table). */
	private boolean isOfDocument(String other) {
		return table.equals( other ) || other != null && layout.part( other ) != null && layout.part( other ).collection().equals( table );
	}

	private static Member member(AttributeMapping attribute) {
		return attribute.getPropertyAccess() == null ? null : attribute.getPropertyAccess().getGetter().getMember();
	}

	/** The first {@code segments} segments of {@code path}. */
	private static String prefix(String path, int segments) {
		int end = -1;
		for ( int i = 0; i < segments; i++ ) {
			end = path.indexOf( '.', end + 1 );
		}
		return path.substring( 0, end );
	}
}
