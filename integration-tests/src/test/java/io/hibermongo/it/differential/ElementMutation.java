package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.hibermongo.it.differential.model.Basket;
import io.hibermongo.it.differential.model.Line;
import io.hibermongo.it.differential.model.Pack;
import io.hibermongo.it.differential.model.Tier;
import jakarta.persistence.EntityManager;

/**
 * One change through JPA, applied to the same data on both databases, which must read back alike
 * afterwards; {@link #all()} are the changes of element collections of the baskets, and
 * {@link BasicArrayMutations} those of basic arrays.
 */
record ElementMutation(String name, Consumer<EntityManager> change) {

	@Override
	public String toString() {
		return name;
	}

	private static ElementMutation on(long basket, String name, Consumer<Basket> change) {
		return new ElementMutation( name + " (basket " + basket + ")", em -> change.accept( em.find( Basket.class, basket ) ) );
	}

	static List<ElementMutation> all() {
		return List.of(
				on( 1, "set: add", b -> b.getTags().add( "green" ) ),
				on( 1, "set: remove", b -> b.getTags().remove( "red" ) ),
				on( 2, "set: remove values with $ and .", b -> b.getTags().removeAll( Set.of( "$gt", "a.b" ) ) ),
				on( 1, "set: clear", b -> b.getTags().clear() ),
				on( 1, "set: to null", b -> b.setTags( null ) ),
				on( 1, "set: replace", b -> b.setTags( new HashSet<>( Set.of( "new", "newer" ) ) ) ),
				on( 5, "set: from null to elements", b -> b.setTags( new HashSet<>( Set.of( "first" ) ) ) ),
				on( 1, "bag: add", b -> b.getLines().add( new Line( "D", 4, new Pack( 1, "box" ) ) ) ),
				on( 2, "bag: remove one of two duplicates", b -> b.getLines().remove( 0 ) ),
				on( 1, "bag: change a field of an element", b -> b.getLines().get( 1 ).setQty( 11 ) ),
				on( 1, "bag: clear", b -> b.getLines().clear() ),
				on( 1, "ordered list: set an element", b -> b.getSteps().set( 1, "S2" ) ),
				on( 1, "ordered list: append", b -> b.getSteps().add( "s4" ) ),
				on( 1, "ordered list: insert at the front", b -> b.getSteps().add( 0, "s0" ) ),
				on( 1, "ordered list: remove the first", b -> b.getSteps().remove( 0 ) ),
				on( 1, "ordered list: remove the last", b -> b.getSteps().remove( 2 ) ),
				on( 1, "ordered list: reverse", b -> Collections.reverse( b.getSteps() ) ),
				on( 1, "ordered list: set a NULL in the middle", b -> b.getSteps().set( 1, null ) ),
				on( 1, "ordered list: set a NULL at the end", b -> b.getSteps().set( 2, null ) ),
				on( 6, "ordered list: fill the NULL slot", b -> b.getSteps().set( 1, "q" ) ),
				on( 6, "ordered list: remove the first of a list with a NULL", b -> b.getSteps().remove( 0 ) ),
				on( 1, "ordered list: shorten and set a NULL in one flush", b -> {
					b.getSteps().remove( 2 );
					b.getSteps().set( 0, null );
				} ),
				on( 1, "ordered list: clear", b -> b.getSteps().clear() ),
				on( 1, "ordered list: replace", b -> b.setSteps( new ArrayList<>( List.of( "n1", "n2" ) ) ) ),
				on( 1, "map: put a new key", b -> b.getStock().put( "plum", 9 ) ),
				on( 1, "map: change a value", b -> b.getStock().put( "apple", 30 ) ),
				on( 1, "map: remove a key", b -> b.getStock().remove( "pear" ) ),
				on( 2, "map: change and remove keys with $ and .", b -> {
					b.getStock().put( "$set", 20 );
					b.getStock().remove( "k.e.y" );
				} ),
				on( 1, "map: clear", b -> b.getStock().clear() ),
				on( 1, "map: replace", b -> b.setStock( new HashMap<>( Map.of( "kiwi", 1 ) ) ) ),
				on( 4, "map of embeddables: change a value", b -> b.getByTier().put( Tier.GOLD, new Line( "Z", 9, null ) ) ),
				on( 4, "map of embeddables: remove a key", b -> b.getByTier().remove( Tier.SILVER ) ),
				on( 4, "map of embeddables: put a new key", b -> b.getByTier().put( Tier.BRONZE, new Line( "Y", 0, new Pack( 3, "can" ) ) ) ),
				on( 1, "every collection in one flush", b -> {
					b.getTags().add( "x" );
					b.getLines().add( new Line( "X", 1, null ) );
					b.getSteps().set( 0, "first" );
					b.getStock().remove( "apple" );
					b.getByTier().clear();
				} ),
				new ElementMutation( "owner delete (basket 1)", em -> em.remove( em.find( Basket.class, 1L ) ) ),
				new ElementMutation( "persist a new basket", em -> {
					Basket basket = new Basket( 7L, "new" );
					basket.getTags().add( "t" );
					basket.getSteps().addAll( List.of( "a", "b" ) );
					basket.getStock().put( "k", 1 );
					em.persist( basket );
				} ) );
	}
}
