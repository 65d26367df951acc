package io.hibermongo.it.differential;

import java.util.List;

import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.PetType;
import io.hibermongo.it.differential.clinic.Specialty;
import io.hibermongo.it.differential.clinic.Vet;
import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many commands reach the server when associations load: an entity with its EAGER associations is
 * one {@code aggregate}, and the collections of 100 owners with {@code @BatchSize(size = 100)} one more.
 */
class JoinCommandCountTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final CommandCounter counter = new CommandCounter();
	private static final int OWNERS = 100;

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), counter.properties( mongoServer.databaseName() ),
				JoinDifferentialTest.ENTITIES );
		Persistence.inTransaction( factory, em -> {
			PetType cat = new PetType( 1L, "cat" );
			em.persist( cat );
			Specialty surgery = new Specialty( 1L, "surgery" );
			em.persist( surgery );
			em.persist( new Vet( 1L, "Leary", List.of( surgery ), List.of() ) );
			for ( long id = 1; id <= OWNERS; id++ ) {
				Owner owner = new Owner( id, "Owner " + id, "Paris" );
				em.persist( owner );
				em.persist( new Pet( id, "Pet " + id, 3, cat, owner ) );
			}
		} );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@BeforeEach
	void forgetEarlierCommands() {
		counter.reset();
	}

	@Test
	void anEntityWithAnEagerManyToOneLoadsInOneCommand() {
		Persistence.inTransaction( factory, em -> assertThat( em.find( Pet.class, 1L ).type().name() ).isEqualTo( "cat" ) );
		assertThat( counter.reads() ).hasSize( 1 );
		assertThat( counter.reads().get( 0 ).getString( "aggregate" ).getValue() ).isEqualTo( "Pet" );
		assertThat( lookups( counter.reads().get( 0 ) ) ).containsExactly( "PetType" );
	}

	@Test
	void anEntityWithAnEagerManyToManyLoadsInOneCommand() {
		Persistence.inTransaction( factory, em -> assertThat( em.find( Vet.class, 1L ).specialties() ).hasSize( 1 ) );
		assertThat( counter.reads() ).hasSize( 1 );
		assertThat( lookups( counter.reads().get( 0 ) ) ).containsExactly( "Specialty" );
	}

	@Test
	void theCollectionsOfAHundredOwnersLoadInOneMoreCommand() {
		Persistence.inTransaction( factory, em -> {
			List<Owner> owners = em.createQuery( "select o from Owner o", Owner.class ).getResultList();
			assertThat( owners ).hasSize( OWNERS );
			assertThat( owners.stream().mapToInt( owner -> owner.pets().size() ).sum() ).isEqualTo( OWNERS );
		} );
		assertThat( counter.reads() ).hasSize( 2 );
	}

	private static List<String> lookups(BsonDocument aggregate) {
		return aggregate.getArray( "pipeline" ).stream().map( stage -> stage.asDocument() )
				.filter( stage -> stage.containsKey( "$lookup" ) )
				.map( stage -> stage.getDocument( "$lookup" ).getString( "from" ).getValue() ).toList();
	}
}
