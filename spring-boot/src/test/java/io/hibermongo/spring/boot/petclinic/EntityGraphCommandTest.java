package io.hibermongo.spring.boot.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.hibermongo.spring.boot.petclinic.owner.Owner;
import io.hibermongo.spring.boot.petclinic.owner.OwnerSearchRepository;
import io.hibermongo.spring.boot.petclinic.owner.Pet;
import io.hibermongo.spring.boot.petclinic.owner.PetRepository;
import io.hibermongo.spring.boot.petclinic.pharmacy.Prescription;
import io.hibermongo.spring.boot.petclinic.pharmacy.PrescriptionRepository;
import io.hibermongo.spring.boot.petclinic.vet.Vet;
import io.hibermongo.spring.boot.petclinic.vet.VetRepository;
import io.hibermongo.spring.boot.petclinic.vet.VetSearchRepository;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/**
 * The reads an entity graph sends on MongoDB: the graph's associations come in one aggregate, through {@code $lookup};
 * an element collection, an array in the same document, in one {@code find}.
 */
@DataJpaTest
@Import(ClinicTestConfiguration.class)
class EntityGraphCommandTest {

	@Autowired
	VetRepository vets;

	@Autowired
	VetSearchRepository vetSearch;

	@Autowired
	PetRepository pets;

	@Autowired
	OwnerSearchRepository owners;

	@Autowired
	PrescriptionRepository prescriptions;

	@Autowired
	ClinicData data;

	@Autowired
	CommandLog log;

	@Autowired
	TestEntityManager entityManager;

	@BeforeEach
	void clear() {
		entityManager.clear();
		log.clear();
	}

	@Test
	void eagerCollectionWithoutGraphIsOneReadPerVet() {
		assertThat( vets.findAll() ).hasSize( 6 );
		assertThat( log.reads() ).extracting( EntityGraphCommandTest::target ).containsExactly( "vets", "vets", "vets",
				"vets", "vets", "vets", "vets" );
	}

	@Test
	void namedGraphIsOneAggregateWithLookup() {
		List<Vet> found = vetSearch.findByLastNameStartingWithOrderByLastName( "" );
		assertThat( found.get( 1 ).getSpecialties() ).hasSize( 2 );
		assertThat( log.reads() ).hasSize( 1 );
		assertThat( target( log.reads().get( 0 ) ) ).isEqualTo( "vets" );
		assertThat( lookups( log.reads().get( 0 ) ) ).containsExactly( "specialties" );
	}

	@Test
	void attributePathsGraphIsOneAggregateWithLookups() {
		Pet samantha = pets.findWithVisitsById( data.petId( "Samantha" ) ).orElseThrow();
		assertThat( samantha.getVisits() ).hasSize( 2 );
		assertThat( samantha.getType().getName() ).isEqualTo( "cat" );
		assertThat( log.reads() ).hasSize( 1 );
		assertThat( target( log.reads().get( 0 ) ) ).isEqualTo( "pets" );
		assertThat( lookups( log.reads().get( 0 ) ) ).containsExactlyInAnyOrder( "types", "visits" );
	}

	@Test
	void nestedGraphIsOneAggregateWithNestedLookups() {
		Owner jean = owners.findWithPetsAndVisitsById( data.ownerId( "Jean" ) ).orElseThrow();
		assertThat( jean.getPet( "Max" ).getVisits() ).hasSize( 2 );
		assertThat( log.reads() ).hasSize( 1 );
		assertThat( target( log.reads().get( 0 ) ) ).isEqualTo( "owners" );
		assertThat( lookups( log.reads().get( 0 ) ) ).containsExactly( "pets", "visits" );
	}

	@Test
	void graphOverAnElementCollectionIsOneFind() {
		prescriptions.saveAll( List.of( new Prescription( "Amoxicillin", Set.of( "antibiotic", "oral" ), List.of() ),
				new Prescription( "Saline", Set.of(), List.of() ) ) );
		entityManager.flush();
		entityManager.clear();
		log.clear();
		List<Prescription> found = prescriptions.findByMedicineStartingWithOrderByMedicine( "" );
		assertThat( found.get( 0 ).getTags() ).containsExactlyInAnyOrder( "antibiotic", "oral" );
		assertThat( log.reads() ).hasSize( 1 );
		assertThat( log.reads().get( 0 ).getFirstKey() ).isEqualTo( "find" );
		assertThat( target( log.reads().get( 0 ) ) ).isEqualTo( "prescriptions" );
	}

	private static String target(BsonDocument command) {
		String name = command.getFirstKey();
		return command.getString( name ).getValue();
	}

	private static List<String> lookups(BsonDocument command) {
		return command.getArray( "pipeline" ).stream().map( BsonValue::asDocument )
				.filter( stage -> stage.containsKey( "$lookup" ) )
				.map( stage -> stage.getDocument( "$lookup" ).getString( "from" ).getValue() ).toList();
	}
}
