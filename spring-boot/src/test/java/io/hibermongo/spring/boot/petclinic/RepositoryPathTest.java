package io.hibermongo.spring.boot.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.hibermongo.spring.boot.petclinic.model.NamedEntity;
import io.hibermongo.spring.boot.petclinic.model.Person;
import io.hibermongo.spring.boot.petclinic.owner.Owner;
import io.hibermongo.spring.boot.petclinic.owner.OwnerSearchRepository;
import io.hibermongo.spring.boot.petclinic.owner.Pet;
import io.hibermongo.spring.boot.petclinic.owner.PetCount;
import io.hibermongo.spring.boot.petclinic.owner.PetRepository;
import io.hibermongo.spring.boot.petclinic.owner.Visit;
import io.hibermongo.spring.boot.petclinic.pharmacy.Dose;
import io.hibermongo.spring.boot.petclinic.pharmacy.Prescription;
import io.hibermongo.spring.boot.petclinic.pharmacy.PrescriptionRepository;
import io.hibermongo.spring.boot.petclinic.vet.Vet;
import io.hibermongo.spring.boot.petclinic.vet.VetSearchRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Derived queries through association paths ({@code @ManyToOne}, {@code @OneToMany(mappedBy)}, {@code @ManyToMany}),
 * entity graphs, and derived queries over element collections, on MongoDB and, through {@link RepositoryPathOnH2Test},
 * unchanged on H2.
 */
@DataJpaTest
@Import(ClinicTestConfiguration.class)
class RepositoryPathTest {

	@Autowired
	PetRepository pets;

	@Autowired
	OwnerSearchRepository owners;

	@Autowired
	VetSearchRepository vets;

	@Autowired
	PrescriptionRepository prescriptions;

	@Autowired
	ClinicData data;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void manyToOnePath() {
		assertThat( pets.findByOwnerLastNameOrderByName( "Davis" ) ).extracting( NamedEntity::getName )
				.containsExactly( "Basil", "Iggy" );
		assertThat( pets.findByOwnerLastNameOrderByName( "Nobody" ) ).isEmpty();
	}

	@Test
	void twoManyToOnePaths() {
		assertThat( pets.findByTypeNameAndOwnerCityOrderByName( "cat", "Monona" ) ).extracting( NamedEntity::getName )
				.containsExactly( "Max", "Samantha" );
		assertThat( pets.countByOwnerCity( "Madison" ) ).isEqualTo( 4 );
	}

	@Test
	void pagedAndSortedThroughAnAssociationPath() {
		Page<Pet> cats = pets.findByTypeName( "cat", PageRequest.of( 0, 2, Sort.by( "owner.lastName", "name" ) ) );
		assertThat( cats ).extracting( NamedEntity::getName ).containsExactly( "Max", "Samantha" );
		assertThat( cats.getTotalElements() ).isEqualTo( 4 );
		assertThat( pets.findByTypeName( "cat", cats.nextPageable() ) ).extracting( NamedEntity::getName )
				.containsExactly( "Sly", "Leo" );
	}

	@Test
	void specificationWithAJoin() {
		Specification<Pet> inMadison = (root, query, builder) -> builder.equal( root.join( "owner" ).get( "city" ), "Madison" );
		assertThat( pets.findAll( inMadison, Sort.by( "name" ) ) ).extracting( NamedEntity::getName )
				.containsExactly( "Freddy", "George", "Leo", "Mulligan" );
		assertThat( pets.count( inMadison ) ).isEqualTo( 4 );
	}

	@Test
	void queryWithAnExplicitJoin() {
		assertThat( owners.ownersOfType( "dog" ) ).extracting( Person::getLastName )
				.containsExactly( "Escobito", "Estaban", "Rodriquez" );
	}

	@Test
	void groupedCountOverALeftJoin() {
		assertThat( owners.petCountsByLastName() ).containsExactly( new PetCount( "Black", 1 ), new PetCount( "Coleman", 2 ),
				new PetCount( "Davis", 2 ), new PetCount( "Escobito", 1 ), new PetCount( "Estaban", 2 ),
				new PetCount( "Franklin", 1 ), new PetCount( "McTavish", 1 ), new PetCount( "Rodriquez", 2 ),
				new PetCount( "Schroeder", 1 ) );
	}

	@Test
	void oneToManyPath() {
		assertThat( owners.findByPetsNameOrderByFirstName( "Lucky" ) ).extracting( Person::getFirstName )
				.containsExactly( "Carlos", "Jeff" );
	}

	@Test
	void oneToManyThenManyToOnePathDistinct() {
		assertThat( owners.findDistinctByPetsTypeNameOrderByLastName( "dog" ) ).extracting( Person::getLastName )
				.containsExactly( "Escobito", "Estaban", "Rodriquez" );
	}

	@Test
	void twoOneToManyPathsDistinct() {
		assertThat( owners.findDistinctByPetsVisitsDescription( "rabies shot" ) ).extracting( Person::getFirstName )
				.containsExactly( "Jean" );
	}

	@Test
	void manyToManyPath() {
		assertThat( vets.findBySpecialtiesNameOrderByLastName( "surgery" ) ).extracting( Person::getLastName )
				.containsExactly( "Douglas", "Ortega" );
		assertThat( vets.countBySpecialtiesName( "radiology" ) ).isEqualTo( 2 );
	}

	@Test
	void entityGraphByAttributePaths() {
		entityManager.clear();
		Owner jean = owners.findWithPetsAndVisitsById( data.ownerId( "Jean" ) ).orElseThrow();
		assertThat( jean.getPets() ).extracting( NamedEntity::getName ).containsExactly( "Max", "Max", "Samantha", "Samantha" );
		assertThat( jean.getPet( "Max" ).getVisits() ).extracting( Visit::getDescription )
				.containsExactly( "rabies shot", "neutered" );
		assertThat( jean.getPet( "Samantha" ).getType().getName() ).isEqualTo( "cat" );
	}

	@Test
	void entityGraphOverASet() {
		entityManager.clear();
		Pet samantha = pets.findWithVisitsById( data.petId( "Samantha" ) ).orElseThrow();
		assertThat( samantha.getVisits() ).extracting( Visit::getDescription ).containsExactly( "rabies shot", "spayed" );
		assertThat( samantha.getType().getName() ).isEqualTo( "cat" );
		assertThat( samantha.getOwner().getFirstName() ).isEqualTo( "Jean" );
	}

	@Test
	void namedEntityGraph() {
		entityManager.clear();
		List<Vet> found = vets.findByLastNameStartingWithOrderByLastName( "" );
		assertThat( found ).extracting( Person::getLastName )
				.containsExactly( "Carter", "Douglas", "Jenkins", "Leary", "Ortega", "Stevens" );
		assertThat( found.get( 1 ).getSpecialties() ).extracting( NamedEntity::getName ).containsExactly( "dentistry", "surgery" );
		assertThat( found.get( 0 ).getSpecialties() ).isEmpty();
	}

	@Test
	void elementCollectionOfBasicsContaining() {
		savePrescriptions();
		assertThat( prescriptions.findByTagsContainingOrderByMedicine( "oral" ) ).extracting( Prescription::getMedicine )
				.containsExactly( "Amoxicillin", "Meloxicam" );
		assertThat( prescriptions.countByTagsContaining( "antibiotic" ) ).isEqualTo( 1 );
	}

	@Test
	void elementCollectionOfBasicsNotContaining() {
		savePrescriptions();
		assertThat( prescriptions.findByTagsNotContainingOrderByMedicine( "oral" ) ).extracting( Prescription::getMedicine )
				.containsExactly( "Rabies vaccine", "Saline" );
	}

	@Test
	void elementCollectionOfBasicsIn() {
		savePrescriptions();
		assertThat( prescriptions.findDistinctByTagsInOrderByMedicine( List.of( "antibiotic", "vaccine", "oral" ) ) )
				.extracting( Prescription::getMedicine ).containsExactly( "Amoxicillin", "Meloxicam", "Rabies vaccine" );
	}

	@Test
	void elementCollectionIsEmpty() {
		savePrescriptions();
		assertThat( prescriptions.findByTagsIsEmpty() ).extracting( Prescription::getMedicine ).containsExactly( "Saline" );
	}

	@Test
	void elementCollectionOfEmbeddablesField() {
		savePrescriptions();
		assertThat( prescriptions.findDistinctByDosesMilligramsGreaterThanOrderByMedicine( 100 ) )
				.extracting( Prescription::getMedicine ).containsExactly( "Amoxicillin", "Saline" );
		assertThat( prescriptions.findDistinctByDosesUnitAndMedicineStartingWith( "ml", "R" ) )
				.extracting( Prescription::getMedicine ).containsExactly( "Rabies vaccine" );
	}

	@Test
	void entityGraphOverAnElementCollection() {
		savePrescriptions();
		List<Prescription> found = prescriptions.findByMedicineStartingWithOrderByMedicine( "" );
		assertThat( found ).extracting( Prescription::getMedicine ).containsExactly( "Amoxicillin", "Meloxicam", "Rabies vaccine", "Saline" );
		assertThat( found.get( 0 ).getTags() ).containsExactlyInAnyOrder( "antibiotic", "oral" );
		assertThat( found.get( 3 ).getTags() ).isEmpty();
	}

	@Test
	void twoManyToManyPaths() {
		savePrescriptions();
		assertThat( prescriptions.findDistinctByVetsSpecialtiesNameOrderByMedicine( "surgery" ) )
				.extracting( Prescription::getMedicine ).containsExactly( "Amoxicillin", "Meloxicam" );
		assertThat( prescriptions.findDistinctByVetsSpecialtiesNameOrderByMedicine( "radiology" ) ).isEmpty();
	}

	private void savePrescriptions() {
		Vet douglas = entityManager.find( Vet.class, data.vetId( "Douglas" ) );
		Vet ortega = entityManager.find( Vet.class, data.vetId( "Ortega" ) );
		Vet carter = entityManager.find( Vet.class, data.vetId( "Carter" ) );
		List<Prescription> all = List.of(
				new Prescription( "Amoxicillin", Set.of( "antibiotic", "oral" ), List.of( new Dose( 250, "mg" ), new Dose( 500, "mg" ) ) ),
				new Prescription( "Meloxicam", Set.of( "oral", "pain" ), List.of( new Dose( 50, "mg" ) ) ),
				new Prescription( "Rabies vaccine", Set.of( "vaccine" ), List.of( new Dose( 1, "ml" ) ) ),
				new Prescription( "Saline", Set.of(), List.of( new Dose( 250, "ml" ), new Dose( 500, "ml" ) ) ) );
		all.get( 0 ).getVets().addAll( List.of( douglas, ortega ) );
		all.get( 1 ).getVets().add( ortega );
		all.get( 2 ).getVets().add( carter );
		prescriptions.saveAll( all );
		entityManager.flush();
		entityManager.clear();
	}
}
