package io.hibermongo.it.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hibermongo.it.differential.model.Catalog;
import io.hibermongo.it.differential.model.Spec;
import io.hibermongo.it.differential.model.Tier;

/**
 * The catalogs of the basic array differential test: NULL and empty arrays, NULL elements, duplicates,
 * strings holding {@code $}, {@code .} and NUL, and JSON values (maps, nested maps and lists, a record;
 * empty and NULL).
 */
final class CatalogRows {

	static final UUID FIRST = UUID.fromString( "00000000-0000-0000-0000-000000000001" );
	static final UUID SECOND = UUID.fromString( "7a3e1c54-2b8f-4a1e-9d7c-5f6e4b3a2c10" );

	private CatalogRows() {
	}

	static List<Catalog> all() {
		Catalog ann = new Catalog( 1L, "ann" );
		ann.labels = new ArrayList<>( List.of( "red", "blue" ) );
		ann.aliases = new String[] { "a", "b", "c" };
		ann.counts = new int[] { 1, 2, 3 };
		ann.scores = new Integer[] { 10, 20 };
		ann.tiers = new Tier[] { Tier.GOLD, Tier.BRONZE };
		ann.dates = new LocalDate[] { LocalDate.of( 2024, 1, 31 ), LocalDate.of( 1969, 12, 31 ) };
		ann.codes = new UUID[] { FIRST, SECOND };
		ann.prices = new BigDecimal[] { new BigDecimal( "1.50" ), new BigDecimal( "-3" ) };
		ann.extra = new LinkedHashMap<>( Map.of( "color", "red", "size", 3 ) );
		ann.extra.put( "nested", Map.of( "deep", List.of( 1, 2 ) ) );
		ann.spec = new Spec( "red", 3, List.of( "a", "b" ) );

		Catalog bob = new Catalog( 2L, "bob" );
		bob.labels = new ArrayList<>( Arrays.asList( "blue", "$gt", "a.b", null, "blue" ) );
		bob.aliases = new String[] { "x\0y" };
		bob.counts = new int[] { 3, 2, 1 };
		bob.scores = new Integer[] { null, 5, null };
		bob.tiers = new Tier[] { Tier.SILVER };
		bob.dates = new LocalDate[0];
		bob.codes = new UUID[] { SECOND };
		bob.prices = new BigDecimal[] { new BigDecimal( "1.5" ) };
		bob.extra = new LinkedHashMap<>( Map.of( "note", "$gt", "path", "a.b", "big", 12345678901L, "ratio", 0.5, "flag", true ) );
		bob.extra.put( "none", null );
		bob.notes = Arrays.asList( "n1", null );
		bob.spec = new Spec( "{\"$ne\": 1}", null, List.of() );

		Catalog cid = new Catalog( 3L, "cid" );
		cid.labels = new ArrayList<>();
		cid.aliases = new String[0];
		cid.counts = new int[0];
		cid.scores = new Integer[0];
		cid.extra = new LinkedHashMap<>();
		cid.notes = List.of();

		Catalog dan = new Catalog( 4L, "dan" );

		Catalog eve = new Catalog( 5L, null );
		eve.labels = new ArrayList<>( List.of( "red", "blue" ) );
		eve.aliases = new String[] { "a", "b" };
		eve.counts = new int[] { 1, 2, 3 };
		eve.scores = new Integer[] { 10, 20, 30 };
		eve.tiers = new Tier[] { Tier.GOLD, Tier.BRONZE };
		eve.prices = new BigDecimal[] { new BigDecimal( "1.5" ), null };
		return List.of( ann, bob, cid, dan, eve );
	}
}
