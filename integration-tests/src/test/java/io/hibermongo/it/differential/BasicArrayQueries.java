package io.hibermongo.it.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.hibermongo.it.differential.model.Tier;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The HQL queries over Hibernate's basic arrays of the differential test: whole arrays read and compared,
 * NULL and empty arrays, and Hibernate's array functions in where and select.
 */
final class BasicArrayQueries {

	private BasicArrayQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( wholeArrays() );
		all.addAll( jsonValues() );
		return all;
	}

	private static List<QueryCase> jsonValues() {
		return List.of(
				ordered( "select c.id, c.extra, c.spec, c.notes from Catalog c order by c.id" ),
				unordered( "select c.id from Catalog c where c.notes is null" ),
				unordered( "select c.id from Catalog c where c.notes is not null" ),
				unordered( "select c.id from Catalog c where c.extra is null" ),
				unordered( "select c.id from Catalog c where c.extra is not null" ),
				unordered( "select c.id from Catalog c where c.spec is null" ),
				unordered( "select c.id, c.spec from Catalog c where c.spec is not null and c.title <> 'x'" ) );
	}

	private static List<QueryCase> wholeArrays() {
		return List.of(
				ordered( "select c.id, c.labels, c.aliases, c.counts, c.scores, c.tiers, c.dates, c.codes, c.prices from Catalog c order by c.id" ),
				unordered( "select c.id from Catalog c where c.labels is null" ),
				unordered( "select c.id from Catalog c where c.labels is not null" ),
				unordered( "select c.id from Catalog c where c.scores is null" ),
				unordered( "select c.id from Catalog c where c.scores is not null" ),
				unordered( "select c.id from Catalog c where c.tiers is null or c.title is null" ),
				unordered( "select c.id from Catalog c where c.aliases = :a", "a", new String[] { "a", "b", "c" } ),
				unordered( "select c.id from Catalog c where c.aliases <> :a", "a", new String[] { "a", "b", "c" } ),
				unordered( "select c.id from Catalog c where not ( c.aliases = :a )", "a", new String[] { "a", "b" } ),
				unordered( "select c.id from Catalog c where c.aliases = :a", "a", new String[0] ),
				unordered( "select c.id from Catalog c where c.aliases = :a", "a", new String[] { "x\0y" } ),
				unordered( "select c.id from Catalog c where c.aliases = :a", "a", null ),
				unordered( "select c.id from Catalog c where c.labels = :l", "l", List.of( "red", "blue" ) ),
				unordered( "select c.id from Catalog c where c.labels <> :l", "l", List.of( "red", "blue" ) ),
				unordered( "select c.id from Catalog c where c.labels = :l", "l", Arrays.asList( "blue", "$gt", "a.b", null, "blue" ) ),
				unordered( "select c.id from Catalog c where c.labels <> :l", "l", Arrays.asList( "blue", "$gt", "a.b", null, "blue" ) ),
				unordered( "select c.id from Catalog c where c.labels <> :l", "l", Arrays.asList( "blue", "$gt", "a.b", null, "red" ) ),
				unordered( "select c.id from Catalog c where c.counts = :n", "n", new int[] { 1, 2, 3 } ),
				unordered( "select c.id from Catalog c where c.counts <> :n", "n", new int[] { 1, 2, 3 } ),
				unordered( "select c.id from Catalog c where c.scores = :s", "s", new Integer[] { 10, 20 } ),
				unordered( "select c.id from Catalog c where c.scores <> :s", "s", new Integer[] { 1, 5, 2 } ),
				unordered( "select c.id from Catalog c where c.scores <> :s", "s", new Integer[] { 1, 6, 2 } ),
				unordered( "select c.id from Catalog c where c.tiers = :t", "t", new Tier[] { Tier.GOLD, Tier.BRONZE } ),
				unordered( "select c.id from Catalog c where c.prices = :p", "p", new BigDecimal[] { new BigDecimal( "1.5" ) } ),
				unordered( "select c.id from Catalog c where c.codes = :u", "u", new UUID[] { CatalogRows.SECOND } ),
				unordered( "select c.id from Catalog c where c.dates = :d", "d", new LocalDate[] { LocalDate.of( 2024, 1, 31 ), LocalDate.of( 1969, 12, 31 ) } ),
				unordered( "select a.id, b.id from Catalog a, Catalog b where a.counts = b.counts and a.id < b.id" ).onRealServerOnly( "joins of two roots are planned by the joins step" ),
				unordered( "select c.id, c.aliases from Catalog c where c.title = 'bob' or c.aliases is null" ) );
	}
}
