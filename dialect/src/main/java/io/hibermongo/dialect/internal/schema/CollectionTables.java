package io.hibermongo.dialect.internal.schema;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Table;

/**
 * Tables that are not collections in MongoDB: the collection tables of element collections (and join
 * tables), whose rows are the elements of arrays inside the owner's documents.
 */
final class CollectionTables {

	private CollectionTables() {
	}

	/** Whether {@code table} holds the rows of a plural attribute rather than entities. */
	static boolean isArrayTable(Table table, Metadata metadata) {
		return metadata.getCollectionBindings().stream()
				.anyMatch( collection -> !collection.isOneToMany() && collection.getCollectionTable() == table );
	}
}
