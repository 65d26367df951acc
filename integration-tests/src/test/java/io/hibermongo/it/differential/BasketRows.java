package io.hibermongo.it.differential;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.it.differential.model.Basket;
import io.hibermongo.it.differential.model.Line;
import io.hibermongo.it.differential.model.Pack;
import io.hibermongo.it.differential.model.Tier;

/**
 * The baskets of the element collection differential test: duplicates in a bag, NULL fields in elements
 * and in nested embeddables, a NULL in the middle of an ordered list, empty and NULL collections, and
 * values and map keys holding {@code $}, {@code .} and NUL.
 */
final class BasketRows {

	private BasketRows() {
	}

	static List<Basket> all() {
		Basket ann = new Basket( 1L, "ann" );
		ann.getTags().addAll( Set.of( "red", "blue" ) );
		ann.getLines().addAll( List.of( new Line( "A", 1, new Pack( 6, "box" ) ), new Line( "B", 10, null ) ) );
		ann.getSteps().addAll( List.of( "s1", "s2", "s3" ) );
		ann.getStock().putAll( Map.of( "apple", 3, "pear", 0 ) );
		ann.getByTier().put( Tier.GOLD, new Line( "A", 2, new Pack( 1, "unit" ) ) );

		Basket bob = new Basket( 2L, "bob" );
		bob.getTags().addAll( Set.of( "blue", "$gt", "a.b" ) );
		bob.getLines().addAll( List.of( new Line( "A", 10, null ), new Line( "A", 10, null ) ) );
		bob.getSteps().add( "x" );
		bob.getStock().putAll( Map.of( "k.e.y", 1, "$set", 2 ) );
		bob.getByTier().put( Tier.SILVER, new Line( "B", 5, null ) );

		Basket cid = new Basket( 3L, "cid" );

		Basket dan = new Basket( 4L, "dan" );
		dan.getTags().addAll( Set.of( "x\0y", "red" ) );
		dan.getLines().add( new Line( "C", null, new Pack( null, "bag" ) ) );
		dan.getSteps().addAll( List.of( "a", "b" ) );
		dan.getStock().put( "apple", 5 );
		dan.getByTier().putAll( Map.of( Tier.SILVER, new Line( "B", 1, null ), Tier.GOLD, new Line( "C", 3, new Pack( 2, "box" ) ) ) );

		Basket none = new Basket( 5L, null ).withoutCollections();

		Basket eve = new Basket( 6L, "eve" );
		eve.getTags().add( "green" );
		eve.getLines().addAll( List.of( new Line( "B", 1, null ), new Line( "A", 7, new Pack( 6, "box" ) ) ) );
		eve.getSteps().addAll( Arrays.asList( "p", null, "r" ) );
		eve.getStock().put( "pear", 2 );
		eve.getByTier().put( Tier.BRONZE, new Line( "A", 1, null ) );

		return List.of( ann, bob, cid, dan, none, eve );
	}
}
