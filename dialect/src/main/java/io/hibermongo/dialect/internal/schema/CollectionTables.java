package io.hibermongo.dialect.internal.schema;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/**
 * Tables that are not collections in MongoDB: the collection tables of element collections (and join
 * tables), whose rows are the elements of arrays inside the owner's documents, and the tables of JOINED
 * subclasses and secondary tables, whose rows are fields of their entity's documents.
 */
final class CollectionTables {

	private CollectionTables() {
	}

	/** Whether {@code table} has no collection of its own: its rows are arrays or fields in other documents. */
	static boolean isStoredElsewhere(Table table, Metadata metadata) {
		return isArrayTable( table, metadata ) || isDocumentPart( table, metadata );
	}

	/** Whether {@code table} is the table of a JOINED subclass or a secondary table, a part of another table's documents. */
	static boolean isDocumentPart(Table table, Metadata metadata) {
		for ( PersistentClass entity : metadata.getEntityBindings() ) {
			if ( entity instanceof JoinedSubclass && entity.getTable() == table
					|| entity.getJoins().stream().anyMatch( join -> join.getTable() == table ) ) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code table} holds the rows of a plural attribute rather than entities. */
	static boolean isArrayTable(Table table, Metadata metadata) {
		return metadata.getCollectionBindings().stream()
				.anyMatch( collection -> !collection.isOneToMany() && collection.getCollectionTable() == table );
	}
}
