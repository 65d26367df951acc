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
}
