package io.hibermongo.gridfs.internal;

import org.hibernate.MappingException;

/** Checks a GridFS bucket name: it prefixes the collection names {@code <name>.files} and {@code <name>.chunks}. */
final class BucketNames {

	private BucketNames() {
	}

	static String checked(String name) {
		if ( name == null || name.isBlank() || name.indexOf( '\0' ) >= 0 || name.contains( "$" ) ) {
			throw new MappingException( "'" + name + "' cannot name a GridFS bucket: it must be a non-blank collection name prefix without '$' or NUL" );
		}
		return name;
	}
}
