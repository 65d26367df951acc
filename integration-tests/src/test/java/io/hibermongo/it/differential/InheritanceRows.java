package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.inheritance.model.Animal;
import io.hibermongo.it.inheritance.model.Car;
import io.hibermongo.it.inheritance.model.Cat;
import io.hibermongo.it.inheritance.model.Customer;
import io.hibermongo.it.inheritance.model.Dog;
import io.hibermongo.it.inheritance.model.Invoice;
import io.hibermongo.it.inheritance.model.Kennel;
import io.hibermongo.it.inheritance.model.Puppy;
import io.hibermongo.it.inheritance.model.Truck;
import io.hibermongo.it.inheritance.model.Vehicle;

/**
 * The entities of the inheritance differential test: a JOINED hierarchy with instances of every class (the
 * concrete root too), NULLs in root and subclass columns, and customers whose optional secondary rows are
 * full, partly NULL and missing, a SINGLE_TABLE hierarchy, an entity with a mapped superclass, and kennels
 * referring to animals and customers.
 */
final class InheritanceRows {

	private InheritanceRows() {
	}

	static List<Object> all() {
		Dog rex = new Dog( 1L, "rex", 30, "lab", true );
		Puppy bo = new Puppy( 3L, "bo", 3, "pug", null, 8 );
		Cat tom = new Cat( 5L, "tom", 4, 7, "grey" );
		Animal generic = new Animal( 7L, "generic", 10 );
		Customer ann = new Customer( 1L, "ann", "hi", 3, "DE1" );
		Customer bob = new Customer( 2L, "bob", null, null, null );
		return List.of(
				rex,
				new Dog( 2L, "fido", null, null, false ),
				bo,
				new Puppy( 4L, "zed", null, "lab", true, null ),
				tom,
				new Cat( 6L, "kit", null, null, null ),
				generic,
				new Animal( 8L, null, null ),
				ann,
				bob,
				new Customer( 3L, "cy", "bio", null, null ),
				new Customer( 4L, null, null, 5, "FR7" ),
				new Vehicle( 1L, "acme" ),
				new Car( 2L, "vw", 5 ),
				new Car( 3L, null, null ),
				new Truck( 4L, "man", 12 ),
				new Truck( 5L, "vw", null ),
				new Invoice( 1L, "ann", 10 ),
				new Invoice( 2L, null, 25 ),
				new Kennel( 1L, rex, tom, ann ),
				new Kennel( 2L, bo, bo, bob ),
				new Kennel( 3L, null, generic, null ),
				new Kennel( 4L, rex, null, ann ) );
	}
}
