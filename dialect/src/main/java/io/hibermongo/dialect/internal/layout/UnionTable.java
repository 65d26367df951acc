package io.hibermongo.dialect.internal.layout;

import java.util.List;

/**
 * A TABLE_PER_CLASS entity with subclasses read polymorphically: Hibernate reads the union of the tables of
 * its concrete classes (a {@code UnionTableReference} whose table expression is that union's SQL), each row
 * with its class's discriminator value ({@code clazz_}, Hibernate's number for the class). Its columns
 * resolve to the fields of the same name in every member collection, the discriminator to a field each
 * member's documents get in the read.
 *
 * @param table the union's table expression, as Hibernate names it in the entity's reads
 * @param collections the collections of the concrete classes, the entity's own first when it is concrete
 * @param discriminator the discriminator column ({@code clazz_})
 * @param discriminatorValues the discriminator value of each member, in the order of {@code collections}
 */
public record UnionTable(String table, List<String> collections, String discriminator, List<Integer> discriminatorValues) {

	/**
	 * The union Hibernate narrowed to some classes ({@code type()} in a condition, {@code treat()}): its table
	 * expression is then SQL text that reads each remaining member with the fragment {@code from <table>},
	 * followed by {@code union} or the closing parenthesis. Only those fragments, made of the members' own
	 * table names, are looked for; a text whose number of {@code union}s does not match the members found is
	 * not understood (null).
	 */
	public UnionTable narrowedTo(String narrowed) {
		List<String> members = new java.util.ArrayList<>();
		List<Integer> values = new java.util.ArrayList<>();
		for ( int i = 0; i < collections.size(); i++ ) {
			String from = " from " + collections.get( i );
			if ( narrowed.contains( from + " union " ) || narrowed.endsWith( from + ")" ) ) {
				members.add( collections.get( i ) );
				values.add( discriminatorValues.get( i ) );
			}
		}
		int unions = narrowed.split( " union ", -1 ).length - 1;
		return members.isEmpty() || unions != members.size() - 1 ? null : new UnionTable( table, members, discriminator, values );
	}
}
