package io.hibermongo.dialect.internal.layout;

import io.hibermongo.dialect.spi.ReferencingJdbcType;

/**
 * A document field holding a reference to a value stored elsewhere (a GridFS file id for a LOB), with the
 * type that stores and deletes the referenced values.
 */
public record ReferenceField(String collection, String path, ReferencingJdbcType type) {
}
