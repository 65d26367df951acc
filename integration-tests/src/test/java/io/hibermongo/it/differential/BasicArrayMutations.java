package io.hibermongo.it.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.hibermongo.it.differential.model.Catalog;
import io.hibermongo.it.differential.model.Spec;
import io.hibermongo.it.differential.model.Tier;

/**
 * The changes of basic arrays through JPA (dirty checking of the array values) or through a bulk HQL
 * update, applied to the same catalogs on both databases; the catalogs must read back alike afterwards.
 */
final class BasicArrayMutations {

	private BasicArrayMutations() {
	}

	private static ElementMutation on(long catalog, String name, Consumer<Catalog> change) {
		return new ElementMutation( name + " (catalog " + catalog + ")", em -> change.accept( em.find( Catalog.class, catalog ) ) );
	}

	private static ElementMutation bulk(String name, String hql, Object... parameters) {
		return new ElementMutation( "bulk: " + name, em -> {
			var query = em.createQuery( hql );
			for ( int i = 0; i < parameters.length; i += 2 ) {
				query.setParameter( (String) parameters[i], parameters[i + 1] );
			}
			query.executeUpdate();
		} );
	}

	static List<ElementMutation> all() {
		return List.of(
				on( 1, "list: add an element", c -> c.labels.add( "green" ) ),
				on( 1, "list: remove an element", c -> c.labels.remove( "red" ) ),
				on( 1, "list: reorder", c -> Collections.reverse( c.labels ) ),
				on( 1, "list: add a NULL element", c -> c.labels.add( null ) ),
				on( 2, "list: remove values with $ and .", c -> c.labels.removeIf( label -> "$gt".equals( label ) || "a.b".equals( label ) ) ),
				on( 1, "list: clear", c -> c.labels.clear() ),
				on( 1, "list: to null", c -> c.labels = null ),
				on( 4, "list: from null to elements", c -> c.labels = new ArrayList<>( List.of( "first" ) ) ),
				on( 3, "list: from empty to elements", c -> c.labels.add( "only" ) ),
				on( 1, "array: set an element in place", c -> c.aliases[1] = "B" ),
				on( 1, "array: replace with a longer one", c -> c.aliases = new String[] { "a", "b", "c", "d" } ),
				on( 1, "array: to empty", c -> c.aliases = new String[0] ),
				on( 1, "array: to null", c -> c.aliases = null ),
				on( 1, "int array: change an element", c -> c.counts[0] = 42 ),
				on( 2, "int array: replace", c -> c.counts = new int[] { 7 } ),
				on( 1, "Integer array: set a NULL element", c -> c.scores[0] = null ),
				on( 2, "Integer array: fill the NULL elements", c -> c.scores = new Integer[] { 1, 5, 9 } ),
				on( 1, "enum array: change", c -> c.tiers = new Tier[] { Tier.SILVER, Tier.SILVER } ),
				on( 2, "date array: from empty to dates", c -> c.dates = new LocalDate[] { LocalDate.of( 2000, 2, 29 ) } ),
				on( 1, "decimal array: change a value keeping its scale apart", c -> c.prices[0] = new BigDecimal( "2.25" ) ),
				on( 1, "several arrays in one flush", c -> {
					c.labels.add( "x" );
					c.counts = new int[] { 9, 9 };
					c.codes = null;
				} ),
				on( 1, "json map: add a key", c -> c.extra.put( "added", List.of( "x", "y" ) ) ),
				on( 1, "json map: change a nested value", c -> c.extra.put( "nested", Map.of( "deep", List.of() ) ) ),
				on( 2, "json map: remove a key", c -> c.extra.remove( "note" ) ),
				on( 3, "json map: from empty to a value", c -> c.extra.put( "k", "v" ) ),
				on( 1, "json map: to null", c -> c.extra = null ),
				on( 4, "json record: from null", c -> c.spec = new Spec( "blue", 9, List.of( "p" ) ) ),
				on( 1, "json record: replace", c -> c.spec = new Spec( "green", null, List.of() ) ),
				new ElementMutation( "persist a new catalog with arrays", em -> {
					Catalog fresh = new Catalog( 9L, "new" );
					fresh.labels = new ArrayList<>( Arrays.asList( "n", null ) );
					fresh.counts = new int[] { 0 };
					em.persist( fresh );
				} ),
				new ElementMutation( "remove a catalog with arrays", em -> em.remove( em.find( Catalog.class, 1L ) ) ),
				bulk( "set an array from a parameter", "update Catalog c set c.aliases = :a where c.id = 2", "a", new String[] { "p", "q" } ),
				bulk( "set a list from a parameter", "update Catalog c set c.labels = :l where c.id < 3", "l", List.of( "l1", "l2" ) ),
				bulk( "set an array to null", "update Catalog c set c.counts = null where c.id = 1" ) );
	}
}
