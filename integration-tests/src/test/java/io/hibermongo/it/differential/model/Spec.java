package io.hibermongo.it.differential.model;

import java.util.List;

/** A value stored as JSON ({@code @JdbcTypeCode(SqlTypes.JSON)}): a sub-document in MongoDB. */
public record Spec(String color, Integer size, List<String> parts) {
}
