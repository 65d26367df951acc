package io.hibermongo.it.differential.model;

/** Stored by position ({@code EnumType.ORDINAL}): compared and ordered as numbers. */
public enum Tier {
	BRONZE, SILVER, GOLD
}
