package io.hibermongo.dialect.internal.layout;

/**
 * A table whose rows are parts of another table's documents, sharing their {@code _id}: the table of a
 * JOINED subclass, whose row a document holds exactly when it is of that subclass (told by the root's
 * discriminator field), or a secondary table, whose row is the fields of its columns.
 *
 * @param table the table Hibernate names
 * @param collection the collection of the documents (the root table of the hierarchy or the entity's primary table)
 * @param subclass for a JOINED subclass table the entity it belongs to, null for a secondary table
 * @param optional whether the row may be missing while the document exists (an optional secondary table)
 */
public record DocumentPart(String table, String collection, String subclass, boolean optional) {

	/** Whether this is the table of a JOINED subclass rather than a secondary table. */
	public boolean isSubclassTable() {
		return subclass != null;
	}
}
