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

	/** The embedded server fails on an array literal whose elements are computed. */
	private static final String COMPUTED_ARRAY = "the embedded server does not evaluate expressions inside an array literal";

	/** The embedded server's $project does not bind $reduce's variables inside nested operators. */
	private static final String REDUCE = "the embedded server does not bind $$this and $$value of $reduce inside $cond";

	private BasicArrayQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( wholeArrays() );
		all.addAll( jsonValues() );
		all.addAll( functionsInWhere() );
		all.addAll( functionsInSelect() );
		return all;
	}

	private static List<QueryCase> functionsInWhere() {
		return List.of(
				unordered( "select c.id from Catalog c where array_contains(c.labels, 'blue')" ),
				unordered( "select c.id from Catalog c where array_contains(c.labels, :l)", "l", "$gt" ),
				unordered( "select c.id from Catalog c where not array_contains(c.labels, 'red')" ),
				unordered( "select c.id from Catalog c where array_contains_nullable(c.labels, :l)", "l", null ),
				unordered( "select c.id from Catalog c where array_contains(c.counts, 2)" ),
				unordered( "select c.id from Catalog c where array_contains(c.scores, 5)" ),
				unordered( "select c.id from Catalog c where array_contains(c.tiers, :t)", "t", Tier.GOLD ),
				unordered( "select c.id from Catalog c where array_contains(c.codes, :u)", "u", CatalogRows.SECOND ),
				unordered( "select c.id from Catalog c where array_length(c.labels) = 2" ),
				unordered( "select c.id from Catalog c where array_length(c.aliases) > 0" ),
				unordered( "select c.id from Catalog c where array_length(c.scores) >= 0" ),
				unordered( "select c.id from Catalog c where array_position(c.labels, 'blue') = 1" ),
				unordered( "select c.id from Catalog c where array_get(c.aliases, 1) = 'a'" ),
				unordered( "select c.id from Catalog c where array_get(c.aliases, 2) = 'b'" ),
				unordered( "select c.id from Catalog c where array_get(c.counts, 3) = 1" ),
				unordered( "select c.id from Catalog c where array_includes(c.labels, array_list('red', 'blue'))" ),
				unordered( "select c.id from Catalog c where array_includes(c.aliases, :a)", "a", new String[] { "b" } ),
				unordered( "select c.id from Catalog c where array_includes_nullable(c.scores, :s)", "s", new Integer[] { null } ),
				unordered( "select c.id from Catalog c where array_intersects(c.labels, array_list('green', 'red'))" ),
				unordered( "select c.id from Catalog c where array_intersects(c.counts, array(9, 3))" ),
				unordered( "select c.id from Catalog c where not array_intersects(c.aliases, array('a'))" ),
				unordered( "select c.id from Catalog c where c.aliases = array('a', 'b', 'c')" ),
				unordered( "select c.id from Catalog c where array_slice(c.counts, 1, 2) = array(1, 2)" ) );
	}

	private static List<QueryCase> functionsInSelect() {
		return List.of(
				ordered( "select c.id, array_length(c.labels), array_length(c.counts), array_length(c.dates) from Catalog c order by c.id" ),
				ordered( "select c.id, array_contains(c.labels, 'blue'), array_contains_nullable(c.scores, null) from Catalog c order by c.id" ),
				ordered( "select c.id, array_position(c.labels, 'blue'), array_position(c.scores, null) from Catalog c order by c.id" ),
				ordered( "select c.id, array_positions(c.labels, 'blue') from Catalog c order by c.id" ),
				ordered( "select c.id, array_get(c.aliases, 1), array_get(c.aliases, 3), array_get(c.counts, 2) from Catalog c order by c.id" ),
				ordered( "select c.id, c.scores[1], c.prices[2], c.dates[1], c.codes[1] from Catalog c order by c.id" ),
				ordered( "select c.id, array_slice(c.counts, 2, 3), array_slice(c.aliases, 1, 1), array_slice(c.counts, 0, 1), array_slice(c.counts, 3, 2) from Catalog c order by c.id" ),
				ordered( "select c.id, array_concat(c.aliases, array('z')) from Catalog c order by c.id" ),
				ordered( "select c.id, array_append(c.labels, 'end'), array_prepend('start', c.labels) from Catalog c order by c.id" ),
				ordered( "select c.id, array_concat(c.counts, c.counts) from Catalog c order by c.id" ),
				ordered( "select c.id, array(c.title, 'x') from Catalog c order by c.id" ).onRealServerOnly( COMPUTED_ARRAY ),
				ordered( "select c.id, array_to_string(c.labels, ',') from Catalog c order by c.id" ).onRealServerOnly( REDUCE ),
				ordered( "select c.id, array_to_string(c.labels, '-', '?') from Catalog c order by c.id" ).onRealServerOnly( REDUCE ),
				ordered( "select c.id, array_includes(c.labels, array_list('blue')), array_intersects(c.aliases, array('b', 'q')) from Catalog c order by c.id" ) );
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
				unordered( "select a.id, b.id from Catalog a, Catalog b where a.counts = b.counts and a.id < b.id" ),
				unordered( "select c.id, c.aliases from Catalog c where c.title = 'bob' or c.aliases is null" ) );
	}
}
