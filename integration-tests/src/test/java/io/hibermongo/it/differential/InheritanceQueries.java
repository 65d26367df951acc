package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hibermongo.it.inheritance.model.Animal;
import io.hibermongo.it.inheritance.model.Car;
import io.hibermongo.it.inheritance.model.Cat;
import io.hibermongo.it.inheritance.model.Dog;
import io.hibermongo.it.inheritance.model.Kennel;
import io.hibermongo.it.inheritance.model.Puppy;
import io.hibermongo.it.inheritance.model.Truck;
import io.hibermongo.it.inheritance.model.Vehicle;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import static io.hibermongo.it.differential.QueryCase.ordered;
import static io.hibermongo.it.differential.QueryCase.page;
import static io.hibermongo.it.differential.QueryCase.unordered;

/**
 * The queries of the inheritance differential test: polymorphic reads over a JOINED root, reads of a subclass
 * (two levels down too), {@code type()} in conditions, selections and grouping, {@code treat()} in conditions
 * and selections (HQL and Criteria), loads by id through the root and a subclass, and reads of an entity with
 * optional secondary tables; the same for a SINGLE_TABLE hierarchy, and an entity with a mapped superclass; joins
 * from another entity to subclasses, the root and an entity with secondary tables.
 */
final class InheritanceQueries {

	private InheritanceQueries() {
	}

	static List<QueryCase> all() {
		List<QueryCase> all = new ArrayList<>();
		all.addAll( joined() );
		all.addAll( typeAndTreat() );
		all.addAll( loads() );
		all.addAll( secondaryTables() );
		all.addAll( singleTableAndMappedSuperclass() );
		all.addAll( joinsToTheHierarchy() );
		return all;
	}

	private static List<QueryCase> joined() {
		return List.of(
				ordered( "select a from Animal a order by a.id" ),
				ordered( "select d from Dog d order by d.id" ),
				ordered( "select p from Puppy p order by p.id" ),
				ordered( "select c from Cat c order by c.id" ),
				ordered( "select count(*) from Animal a" ),
				ordered( "select count(*) from Dog d" ),
				ordered( "select count(*) from Puppy p" ),
				ordered( "select d.id, d.name, d.breed from Dog d where d.weight > 5 order by d.id" ),
				ordered( "select d.id from Dog d where d.breed = 'lab' order by d.id" ),
				ordered( "select d.id from Dog d where d.breed <> 'lab' order by d.id" ),
				ordered( "select d.id from Dog d where d.barks is null order by d.id" ),
				ordered( "select p.ageWeeks from Puppy p where p.breed = 'pug'" ),
				unordered( "select a.name from Animal a where a.weight is null" ),
				ordered( "select d.breed, count(*) from Dog d group by d.breed order by d.breed" ),
				ordered( "select max(c.lives), min(c.lives), count(c.color) from Cat c" ),
				ordered( "select d from Dog d where d.name like 'f%'" ),
				ordered( "select a from Animal a where a.id = :id", "id", 3L ),
				ordered( "select a.id from Animal a where a.id in :ids order by a.id", "ids", List.of( 2L, 5L, 7L ) ),
				page( "select a from Animal a order by a.id", 2, 3 ),
				page( "select d from Dog d order by d.name desc", 1, 2 ),
				ordered( "select distinct d.breed from Dog d order by d.breed" ) );
	}

	private static List<QueryCase> typeAndTreat() {
		return List.of(
				ordered( "select a.id from Animal a where type(a) = Dog order by a.id" ),
				ordered( "select a.id from Animal a where type(a) = Animal order by a.id" ),
				ordered( "select a.id from Animal a where type(a) in (Dog, Cat) order by a.id" ),
				ordered( "select a.id from Animal a where type(a) <> Dog order by a.id" ),
				ordered( "select a.id from Animal a where type(a) not in (Puppy, Cat) order by a.id" ),
				ordered( "select a.id from Animal a where type(a) = :type order by a.id", "type", Puppy.class ),
				ordered( "select d.id from Dog d where type(d) = Dog order by d.id" ),
				ordered( "select a.id, type(a) from Animal a order by a.id" ),
				// the order of type() values is the database's: Hibernate's CASE codes on H2, the stored names on MongoDB
				unordered( "select type(a), count(*) from Animal a group by type(a)" ),
				ordered( "select a.id from Animal a where treat(a as Dog).breed = 'lab' order by a.id" ),
				ordered( "select a.id from Animal a where treat(a as Dog).barks = true or treat(a as Cat).lives > 5 order by a.id" ),
				ordered( "select a.id from Animal a where treat(a as Dog).breed is null order by a.id" ),
				ordered( "select a.id, treat(a as Dog).breed from Animal a order by a.id" ),
				ordered( "select a.id from Animal a where treat(a as Puppy).ageWeeks > 1 order by a.id" ),
				QueryCase.criteria( "treat(animal as Dog).breed = 'lab'", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Animal> animal = query.from( Animal.class );
					query.select( animal.get( "id" ) ).where( cb.equal( cb.treat( animal, Dog.class ).get( "breed" ), "lab" ) )
							.orderBy( cb.asc( animal.get( "id" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				QueryCase.criteria( "animal.type() in (Cat, Animal)", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Animal> query = cb.createQuery( Animal.class );
					Root<Animal> animal = query.from( Animal.class );
					query.select( animal ).where( animal.type().in( Cat.class, Animal.class ) ).orderBy( cb.asc( animal.get( "id" ) ) );
					return em.createQuery( query ).getResultList();
				} ) );
	}

	private static List<QueryCase> loads() {
		List<QueryCase> loads = new ArrayList<>();
		for ( long id = 1; id <= 9; id++ ) {
			long key = id;
			loads.add( new QueryCase( "find(Animal, " + id + ")", true, em -> Arrays.asList( em.find( Animal.class, key ) ) ) );
			loads.add( new QueryCase( "find(Dog, " + id + ")", true, em -> Arrays.asList( em.find( Dog.class, key ) ) ) );
		}
		loads.add( new QueryCase( "find(Puppy, 3)", true, em -> Arrays.asList( em.find( Puppy.class, 3L ) ) ) );
		loads.add( new QueryCase( "find(Cat, 3)", true, em -> Arrays.asList( em.find( Cat.class, 3L ) ) ) );
		loads.add( new QueryCase( "getReference(Animal, 5) initialised", true,
				em -> Arrays.asList( org.hibernate.Hibernate.unproxy( em.getReference( Animal.class, 5L ) ) ) ) );
		return loads;
	}

	private static List<QueryCase> singleTableAndMappedSuperclass() {
		return List.of(
				ordered( "select v from Vehicle v order by v.id" ),
				ordered( "select c from Car c order by c.id" ),
				ordered( "select count(*) from Truck t" ),
				ordered( "select v.id from Vehicle v where type(v) = Car order by v.id" ),
				ordered( "select v.id from Vehicle v where type(v) <> Vehicle order by v.id" ),
				ordered( "select v.id from Vehicle v where type(v) in (Vehicle, Truck) order by v.id" ),
				ordered( "select v.id, type(v) from Vehicle v order by v.id" ),
				unordered( "select type(v), count(*) from Vehicle v group by type(v)" ),
				ordered( "select v.id from Vehicle v where treat(v as Truck).payload > 1 order by v.id" ),
				ordered( "select v.id, treat(v as Car).seats from Vehicle v order by v.id" ),
				ordered( "select v.id from Vehicle v where treat(v as Car).seats is null order by v.id" ),
				ordered( "select v.maker, count(*) from Vehicle v where type(v) = :type group by v.maker order by v.maker", "type", Truck.class ),
				QueryCase.criteria( "vehicle.type() = Car or treat(vehicle as Truck).payload > 10", true, em -> {
					CriteriaBuilder cb = em.getCriteriaBuilder();
					CriteriaQuery<Long> query = cb.createQuery( Long.class );
					Root<Vehicle> vehicle = query.from( Vehicle.class );
					query.select( vehicle.get( "id" ) ).where( cb.or( cb.equal( vehicle.type(), Car.class ),
							cb.gt( cb.treat( vehicle, Truck.class ).get( "payload" ), 10 ) ) ).orderBy( cb.asc( vehicle.get( "id" ) ) );
					return em.createQuery( query ).getResultList();
				} ),
				new QueryCase( "find(Vehicle, 4)", true, em -> Arrays.asList( em.find( Vehicle.class, 4L ) ) ),
				new QueryCase( "find(Car, 4)", true, em -> Arrays.asList( em.find( Car.class, 4L ) ) ),
				ordered( "select i from Invoice i order by i.id" ),
				ordered( "select i.amount from Invoice i where i.createdBy is null" ) );
	}

	private static List<QueryCase> joinsToTheHierarchy() {
		List<QueryCase> joins = new ArrayList<>( List.of(
				ordered( "select k from Kennel k order by k.id" ),
				ordered( "select k.id, d.breed, d.name from Kennel k join k.resident d order by k.id" ),
				ordered( "select k.id, d.weight from Kennel k left join k.resident d order by k.id" ),
				ordered( "select k.id from Kennel k join k.resident d where d.weight > 5 order by k.id" ),
				ordered( "select k.id, type(a) from Kennel k join k.pet a order by k.id" ),
				ordered( "select k.id from Kennel k join k.pet a where type(a) = Cat order by k.id" ),
				ordered( "select k.id, treat(a as Cat).lives from Kennel k join k.pet a order by k.id" ),
				ordered( "select k.id, c.iban, c.bio from Kennel k left join k.customer c order by k.id" ),
				ordered( "select k from Kennel k left join fetch k.pet left join fetch k.customer order by k.id" ),
				ordered( "select k.id, d.id from Kennel k join Dog d on d.weight < 10 order by k.id, d.id" ) ) );
		for ( long id = 1; id <= 4; id++ ) {
			long key = id;
			joins.add( new QueryCase( "find(Kennel, " + id + ")", true, em -> Arrays.asList( em.find( Kennel.class, key ) ) ) );
		}
		return joins;
	}

	private static List<QueryCase> secondaryTables() {
		return List.of(
				ordered( "select c from Customer c order by c.id" ),
				ordered( "select c.id from Customer c where c.iban is null order by c.id" ),
				ordered( "select c.id from Customer c where c.bio is not null and c.stars is null order by c.id" ),
				ordered( "select c.bio, c.stars from Customer c where c.name = 'ann'" ),
				ordered( "select count(c.bio), count(c.iban), count(*) from Customer c" ),
				ordered( "select c.id from Customer c where c.stars > 1 or c.iban like 'F%' order by c.id" ),
				ordered( "select c.name, c.iban from Customer c order by c.iban desc nulls last, c.id" ),
				new QueryCase( "find(Customer, 3)", true, em -> Arrays.asList( em.find( io.hibermongo.it.inheritance.model.Customer.class, 3L ) ) ) );
	}
}
