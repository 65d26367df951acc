package io.hibermongo.dialect.spi;

import org.hibernate.metamodel.mapping.PluralAttributeMapping;

/**
 * Lays out the plural attributes of entities (element collections) as arrays inside the owner's
 * document. Found with {@link java.util.ServiceLoader} through Hibernate's class loader service; the
 * {@code hibermongo-embedded-types} module provides one. Without a provider, an entity with such an
 * attribute fails at startup naming the entity, the attribute and the module to add.
 */
public interface ArrayLayoutProvider {

	/**
	 * The layout of {@code attribute} of {@code entity}, stored in the owner document under the field path
	 * {@code field}; a {@link org.hibernate.MappingException} naming entity and attribute for a mapping the
	 * provider cannot store.
	 */
	ArrayLayout layout(String entity, PluralAttributeMapping attribute, String field);
}
