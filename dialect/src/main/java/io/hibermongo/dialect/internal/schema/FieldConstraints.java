package io.hibermongo.dialect.internal.schema;

import org.bson.BsonDocument;

/**
 * Adds the constraints declared on a field's Java attribute to its JSON schema. Kept apart from
 * {@link CollectionValidator} so that Bean Validation stays an optional dependency: see
 * {@link BeanValidationConstraints}.
 */
interface FieldConstraints {

	/** No constraints beyond the mapping's. */
	FieldConstraints NONE = (field, schema) -> false;

	/**
	 * Adds keywords for the constraints of {@code field} to {@code schema}.
	 *
	 * @return whether the constraints make the field required
	 */
	boolean apply(MappedField field, BsonDocument schema);
}
