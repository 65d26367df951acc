package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.inheritance.model.Animal;
import io.hibermongo.it.inheritance.model.Cat;
import io.hibermongo.it.inheritance.model.Customer;
import io.hibermongo.it.inheritance.model.Dog;
import io.hibermongo.it.inheritance.model.Kennel;
import io.hibermongo.it.inheritance.model.Puppy;

/**
 * Entity operations on the inheritance model, applied on both databases: updates of root and subclass
 * columns, optional secondary rows that appear, change and disappear, removals and new entities of every
 * class, each followed by the same contents on both sides.
 */
final class InheritanceChanges {

	private InheritanceChanges() {
	}

	static List<ElementMutation> all() {
		return List.of(
				new ElementMutation( "update a root column of a Dog", em -> em.find( Dog.class, 1L ).setWeight( 31 ) ),
				new ElementMutation( "update a subclass column of a Dog", em -> em.find( Dog.class, 2L ).setBreed( "mutt" ) ),
				new ElementMutation( "update columns of all three tables of a Puppy", em -> {
					Puppy puppy = em.find( Puppy.class, 3L );
					puppy.setName( "bobo" );
					puppy.setBreed( null );
					puppy.setAgeWeeks( 9 );
				} ),
				new ElementMutation( "update a Cat loaded through the root", em -> ( (Cat) em.find( Animal.class, 5L ) ).setLives( 6 ) ),
				new ElementMutation( "remove a Puppy", em -> em.remove( em.find( Puppy.class, 4L ) ) ),
				new ElementMutation( "remove every animal", em -> {
					em.createQuery( "from Kennel", Kennel.class ).getResultList().forEach( em::remove );
					em.flush();
					em.createQuery( "from Animal", Animal.class ).getResultList().forEach( em::remove );
				} ),
				new ElementMutation( "persist one of each class", em -> {
					em.persist( new Puppy( 20L, "new", 1, null, null, null ) );
					em.persist( new Cat( 21L, "newcat", null, 9, "black" ) );
					em.persist( new Animal( 22L, "plain", null ) );
					em.persist( new Customer( 20L, "dan", null, null, "NL" ) );
				} ),
				new ElementMutation( "secondary row: all its values become NULL", em -> {
					Customer customer = em.find( Customer.class, 1L );
					customer.setBio( null );
					customer.setStars( null );
				} ),
				new ElementMutation( "secondary row: one of its values becomes NULL", em -> em.find( Customer.class, 1L ).setBio( null ) ),
				new ElementMutation( "secondary row: appears", em -> em.find( Customer.class, 2L ).setIban( "IT60" ) ),
				new ElementMutation( "secondary rows: appear and disappear in one flush", em -> {
					Customer customer = em.find( Customer.class, 3L );
					customer.setBio( null );
					customer.setIban( "ES91" );
					customer.setName( "cyd" );
				} ),
				new ElementMutation( "remove customers", em -> {
					em.createQuery( "from Kennel", Kennel.class ).getResultList().forEach( em::remove );
					em.flush();
					em.remove( em.find( Customer.class, 1L ) );
					em.remove( em.find( Customer.class, 2L ) );
				} ) );
	}
}
