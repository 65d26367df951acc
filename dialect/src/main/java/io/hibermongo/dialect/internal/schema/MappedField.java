package io.hibermongo.dialect.internal.schema;

import java.lang.reflect.Member;

import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * A field of a collection's documents as the mapping defines it: its path, its type ({@code null} for the
 * sub-document of an {@code @Embedded} value or a composite id), whether it may be absent, its declared
 * length ({@code null} unless given), the Java attribute it comes from ({@code member} and {@code owner}
 * are null for the parts of a composite id), whose annotations add indexes and constraints, and that
 * attribute's path from the entity ({@code address.city}). {@code inEveryDocument} is false for the
 * attributes of a subclass in a SINGLE_TABLE hierarchy, which the documents of other classes lack
 * whatever their nullability.
 */
record MappedField(String path, JdbcMapping type, boolean nullable, Long length, Member member, Class<?> owner,
		String attribute, String attributePath, boolean inEveryDocument) {

	boolean isDocument() {
		return type == null;
	}
}
