package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Inheritance and secondary tables keep SQL semantics: the same JOINED hierarchy and the same customers with
 * optional secondary tables, a SINGLE_TABLE hierarchy and a mapped superclass ({@link InheritanceRows}) on MongoDB, where each entity is one document, and on
 * H2 (the oracle) return the same rows for every query ({@link InheritanceQueries}) and read back alike after
 * every change ({@link InheritanceChanges}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InheritanceDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final List<QueryCase> CONTENTS = List.of(
			QueryCase.ordered( "select a from Animal a order by a.id" ),
			QueryCase.ordered( "select c from Customer c order by c.id" ) );

	private static final Class<?>[] ENTITIES = { Animal.class, Dog.class, Puppy.class, Cat.class, Customer.class,
			Vehicle.class, Car.class, Truck.class, Invoice.class, Kennel.class };

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameEntitiesIntoBothDatabases() {
		h2 = Persistence.h2( ENTITIES );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), ENTITIES );
		reload();
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> queriesReturnTheSameRowsOnMongoDbAsOnH2() {
		return InheritanceQueries.all().stream().map( query -> query.sameRowsOn( h2, mongo ) );
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> changesLeaveTheSameEntitiesOnMongoDbAsOnH2() {
		return InheritanceChanges.all().stream().map( change -> dynamicTest( change.name(), () -> {
			reload();
			Persistence.inTransaction( h2, change.change() );
			Persistence.inTransaction( mongo, change.change() );
			for ( QueryCase contents : CONTENTS ) {
				assertThat( contents.rowsOn( mongo ) ).as( "%s on MongoDB afterwards, compared with H2's", contents.name() )
						.containsExactlyElementsOf( contents.rowsOn( h2 ) );
			}
		} ) );
	}

	/** Deletes every entity and persists {@link InheritanceRows} again on both sides. */
	private static void reload() {
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> {
				em.createQuery( "from Kennel", Kennel.class ).getResultList().forEach( em::remove );
				em.flush();
				em.createQuery( "from Animal", Animal.class ).getResultList().forEach( em::remove );
				em.createQuery( "from Customer", Customer.class ).getResultList().forEach( em::remove );
				em.createQuery( "from Vehicle", Vehicle.class ).getResultList().forEach( em::remove );
				em.createQuery( "from Invoice", Invoice.class ).getResultList().forEach( em::remove );
			} );
			Persistence.inTransaction( factory, em -> InheritanceRows.all().forEach( em::persist ) );
		}
	}
}
