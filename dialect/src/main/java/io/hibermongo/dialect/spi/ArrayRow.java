package io.hibermongo.dialect.spi;

import org.bson.BsonValue;

/**
 * One row of a collection table as the dialect hands it to {@link ArrayLayout#writes}: the array
 * position the row's position column names (0-based, its base already subtracted; null when the
 * collection has no position column or the change does not bind it) and the element, built from the
 * element columns the change binds: the value itself for a collection of basic values, otherwise a
 * document of the bound columns at their {@linkplain ArrayLayout#elementPaths() paths} (NULL values left
 * out). A {@code DELETE} of a map entry binds only its key, an {@code UPDATE} of a list only the element.
 */
public record ArrayRow(BsonValue position, BsonValue element) {
}
