package io.hibermongo.dialect.internal.id;

import org.hibernate.MappingException;

/** The rule for names the user gives counters (sequence names, {@code @TableGenerator} segment values). */
final class CounterNames {

	private CounterNames() {
	}

	/**
	 * A counter name must not be empty nor contain {@code $}, {@code .} or NUL: it is an {@code _id} in
	 * the counter collection, and such names are reserved for MongoDB operators, field paths and our own
	 * IDENTITY counters (<code>"&lt;collection&gt;._id"</code>).
	 */
	static String checked(String kind, String name) {
		if ( name == null || name.isEmpty() || name.indexOf( '$' ) >= 0 || name.indexOf( '.' ) >= 0 || name.indexOf( '\0' ) >= 0 ) {
			throw new MappingException( "The " + kind + " '" + name + "' is not supported by Hibermongo: counter names must not be "
					+ "empty or contain '$', '.' or NUL (a schema- or catalog-qualified sequence name is not supported either)" );
		}
		return name;
	}
}
