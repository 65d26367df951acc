package io.hibermongo.dialect.internal.layout;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.SimpleValue;

/**
 * The rows of JOINED subclass tables and secondary tables are parts of their entity's document
 * ({@link DocumentPart}), so deleting the document deletes them, as {@code ON DELETE CASCADE} does
 * relationally. Marking their keys so (what {@code @OnDelete(action = CASCADE)} declares) makes Hibernate skip
 * their deletes when an entity is removed: removing a {@code Puppy} is one {@code delete}, not three
 * statements of which two would have nothing to do.
 */
final class PartRowDeletes {

	private PartRowDeletes() {
	}

	/** Marks the keys of every JOINED subclass table and secondary table in {@code metadata} as deleted with their document. */
	static void deleteWithDocument(Metadata metadata) {
		for ( PersistentClass entity : metadata.getEntityBindings() ) {
			if ( entity instanceof JoinedSubclass ) {
				cascade( entity.getKey() );
			}
			for ( Join join : entity.getJoins() ) {
				cascade( join.getKey() );
			}
		}
	}

	private static void cascade(KeyValue key) {
		if ( key instanceof SimpleValue value ) {
			value.setOnDeleteAction( OnDeleteAction.CASCADE );
		}
	}
}
