package io.hibermongo.embedded.internal;

import java.util.Map;

import io.hibermongo.dialect.spi.ArrayLayout;
import io.hibermongo.dialect.spi.ArrayLayoutProvider;
import org.hibernate.MappingException;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;

/**
 * Lays out element collections as arrays in the owner document (found by the dialect through
 * {@code META-INF/services}):
 * <ul>
 * <li>a {@code Set} (also sorted or {@code @OrderBy}), a bag ({@code Collection}, or {@code List} without
 *     {@code @OrderColumn}) and an {@code @OrderColumn List} of basic values: an array of the values;</li>
 * <li>of embeddables: an array of sub-documents (nested embeddables nest inside them);</li>
 * <li>a {@code Map}: an array of <code>{k: key, v: value}</code> documents, key and value each a basic
 *     value or a sub-document, so keys never become field names.</li>
 * </ul>
 * An {@code @OrderColumn List} keeps each element at its index (the order column is the array index);
 * other arrays keep the order Hibernate wrote them in. Id bags ({@code @CollectionId}) and Java arrays
 * are refused, naming entity and attribute.
 */
public final class ElementCollectionLayouts implements ArrayLayoutProvider {

	@Override
	public ArrayLayout layout(String entity, PluralAttributeMapping attribute, String field) {
		ElementArray.Kind kind = kind( entity, attribute );
		Map<String, String> paths = ElementPaths.of( entity, attribute, kind == ElementArray.Kind.MAP );
		String position = null;
		int base = 0;
		if ( kind == ElementArray.Kind.LIST ) {
			position = ( (org.hibernate.metamodel.mapping.BasicValuedModelPart) attribute.getIndexDescriptor() ).getSelectionExpression();
			base = attribute.getIndexMetadata().getListIndexBase();
		}
		return new ElementArray( kind, field, paths, position, base );
	}

	private static ElementArray.Kind kind(String entity, PluralAttributeMapping attribute) {
		return switch ( attribute.getCollectionDescriptor().getCollectionSemantics().getCollectionClassification() ) {
			case SET, SORTED_SET, ORDERED_SET -> ElementArray.Kind.SET;
			case BAG -> ElementArray.Kind.BAG;
			case LIST -> ElementArray.Kind.LIST;
			case MAP, SORTED_MAP, ORDERED_MAP -> ElementArray.Kind.MAP;
			case ID_BAG -> throw refuse( entity, attribute, "id bags (@CollectionId) are not stored yet; use a Set, a List or an @OrderColumn List" );
			case ARRAY -> throw refuse( entity, attribute, "Java arrays as element collections are not stored yet; use a List" );
		};
	}

	private static MappingException refuse(String entity, PluralAttributeMapping attribute, String why) {
		return new MappingException( "Attribute '" + attribute.getAttributeName() + "' of entity '" + entity + "' is not supported: " + why );
	}
}
