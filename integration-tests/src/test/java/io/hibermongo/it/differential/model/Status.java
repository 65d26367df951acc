package io.hibermongo.it.differential.model;

/** Stored by name ({@code EnumType.STRING}): compared and ordered as strings. */
public enum Status {
	ACTIVE, CLOSED, SUSPENDED
}
