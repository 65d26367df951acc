package io.hibermongo.spring.boot.petclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.hibermongo.spring.boot.petclinic.owner.Owner;
import io.hibermongo.spring.boot.petclinic.owner.OwnerRepository;
import io.hibermongo.spring.boot.petclinic.owner.Pet;
import io.hibermongo.spring.boot.petclinic.owner.PetType;
import io.hibermongo.spring.boot.petclinic.owner.PetTypeRepository;
import io.hibermongo.spring.boot.petclinic.owner.Visit;
import io.hibermongo.spring.boot.petclinic.model.BaseEntity;
import io.hibermongo.spring.boot.petclinic.model.NamedEntity;
import io.hibermongo.spring.boot.petclinic.vet.Vet;
import io.hibermongo.spring.boot.petclinic.vet.VetRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Spring PetClinic's repository tests ({@code ClinicServiceTests}) on the starter's {@code @DataJpaTest} slice, here on
 * MongoDB (the in-process server) and, through {@link ClinicRepositoryOnH2Test}, unchanged on H2.
 */
@DataJpaTest
@Import(ClinicTestConfiguration.class)
class ClinicRepositoryTest {

	@Autowired
	OwnerRepository owners;

	@Autowired
	PetTypeRepository types;

	@Autowired
	VetRepository vets;

	@Autowired
	ClinicData data;

	@Autowired
	TestEntityManager entityManager;

	private final Pageable pageable = PageRequest.of( 0, 5 );

	@Test
	void shouldFindOwnersByLastName() {
		Page<Owner> davis = owners.findByLastNameStartingWith( "Davis", pageable );
		assertThat( davis ).extracting( Owner::getFirstName ).containsExactlyInAnyOrder( "Betty", "Harold" );
		assertThat( davis.getTotalElements() ).isEqualTo( 2 );
		assertThat( owners.findByLastNameStartingWith( "Daviss", pageable ) ).isEmpty();
	}

	@Test
	void shouldPageOwnersWithTheirCount() {
		Page<Owner> first = owners.findByLastNameStartingWith( "", PageRequest.of( 0, 4, Sort.by( "lastName", "firstName" ) ) );
		assertThat( first.getTotalElements() ).isEqualTo( 10 );
		assertThat( first.getTotalPages() ).isEqualTo( 3 );
		assertThat( first ).extracting( Owner::getLastName ).containsExactly( "Black", "Coleman", "Davis", "Davis" );
		Page<Owner> last = owners.findByLastNameStartingWith( "", first.nextPageable().next() );
		assertThat( last ).extracting( Owner::getLastName ).containsExactly( "Rodriquez", "Schroeder" );
		assertThat( last.getTotalElements() ).isEqualTo( 10 );
		assertThat( owners.findByLastNameStartingWith( "E", pageable ) ).extracting( Owner::getLastName )
				.containsExactlyInAnyOrder( "Escobito", "Estaban" );
	}

	@Test
	void shouldFindSingleOwnerWithPet() {
		Owner owner = owners.findById( data.ownerId( "George" ) ).orElseThrow();
		assertThat( owner.getLastName() ).startsWith( "Franklin" );
		assertThat( owner.getPets() ).hasSize( 1 );
		assertThat( owner.getPets().get( 0 ).getType() ).isNotNull();
		assertThat( owner.getPets().get( 0 ).getType().getName() ).isEqualTo( "cat" );
	}

	@Test
	void shouldLoadPetsInNameOrderWithTheirVisits() {
		entityManager.clear();
		Owner jean = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		assertThat( jean.getPets() ).extracting( NamedEntity::getName ).containsExactly( "Max", "Samantha" );
		assertThat( jean.getPet( "Max" ).getVisits() ).extracting( Visit::getDescription )
				.containsExactly( "rabies shot", "neutered" );
		assertThat( jean.getPet( "Samantha" ).getVisits() ).extracting( Visit::getDate )
				.containsExactly( LocalDate.of( 2013, 1, 1 ), LocalDate.of( 2013, 1, 4 ) );
		assertThat( jean.getPet( "Samantha" ).getOwner() ).isSameAs( jean );
	}

	@Test
	void shouldInsertOwner() {
		long found = owners.findByLastNameStartingWith( "Schultz", pageable ).getTotalElements();
		Owner owner = new Owner();
		owner.setFirstName( "Sam" );
		owner.setLastName( "Schultz" );
		owner.setAddress( "4, Evans Street" );
		owner.setCity( "Wollongong" );
		owner.setTelephone( "4444444444" );
		owners.save( owner );
		assertThat( owner.getId() ).isNotNull();
		assertThat( owners.findByLastNameStartingWith( "Schultz", pageable ).getTotalElements() ).isEqualTo( found + 1 );
	}

	@Test
	void shouldUpdateOwner() {
		Owner owner = owners.findById( data.ownerId( "George" ) ).orElseThrow();
		String newLastName = owner.getLastName() + "X";
		owner.setLastName( newLastName );
		owners.save( owner );
		entityManager.flush();
		entityManager.clear();
		assertThat( owners.findById( data.ownerId( "George" ) ).orElseThrow().getLastName() ).isEqualTo( newLastName );
	}

	@Test
	void shouldFindAllPetTypes() {
		List<PetType> petTypes = types.findPetTypes();
		assertThat( petTypes ).extracting( NamedEntity::getName )
				.containsExactly( "bird", "cat", "dog", "hamster", "lizard", "snake" );
		assertThat( byId( petTypes, data.typeId( "cat" ) ).getName() ).isEqualTo( "cat" );
		assertThat( byId( petTypes, data.typeId( "snake" ) ).getName() ).isEqualTo( "snake" );
	}

	@Test
	void shouldInsertPetIntoDatabaseAndGenerateId() {
		Owner owner6 = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		int found = owner6.getPets().size();

		Pet pet = new Pet();
		pet.setName( "bowser" );
		pet.setType( byId( types.findPetTypes(), data.typeId( "dog" ) ) );
		pet.setBirthDate( LocalDate.now() );
		owner6.addPet( pet );
		assertThat( owner6.getPets() ).hasSize( found + 1 );

		owners.save( owner6 );
		entityManager.flush();
		entityManager.clear();

		owner6 = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		assertThat( owner6.getPets() ).hasSize( found + 1 );
		pet = owner6.getPet( "bowser" );
		assertThat( pet.getId() ).isNotNull();
		assertThat( pet.getType().getName() ).isEqualTo( "dog" );
	}

	@Test
	void shouldUpdatePetName() {
		Owner owner6 = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		Pet pet7 = owner6.getPet( data.petId( "Samantha" ) );
		String newName = pet7.getName() + "X";
		pet7.setName( newName );
		owners.save( owner6 );
		entityManager.flush();
		entityManager.clear();

		owner6 = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		assertThat( owner6.getPet( data.petId( "Samantha" ) ).getName() ).isEqualTo( newName );
	}

	@Test
	void shouldFindVets() {
		Collection<Vet> all = vets.findAll();
		assertThat( all ).hasSize( 6 );
		Vet vet = byId( all, data.vetId( "Douglas" ) );
		assertThat( vet.getLastName() ).isEqualTo( "Douglas" );
		assertThat( vet.getNrOfSpecialties() ).isEqualTo( 2 );
		assertThat( vet.getSpecialties().get( 0 ).getName() ).isEqualTo( "dentistry" );
		assertThat( vet.getSpecialties().get( 1 ).getName() ).isEqualTo( "surgery" );
		assertThat( byId( all, data.vetId( "Carter" ) ).getNrOfSpecialties() ).isZero();
	}

	@Test
	void shouldPageVets() {
		Page<Vet> page = vets.findAll( PageRequest.of( 1, 4, Sort.by( "lastName" ) ) );
		assertThat( page.getTotalElements() ).isEqualTo( 6 );
		assertThat( page ).extracting( Vet::getLastName ).containsExactly( "Ortega", "Stevens" );
		assertThat( page.getContent().get( 0 ).getSpecialties() ).extracting( NamedEntity::getName ).containsExactly( "surgery" );
	}

	@Test
	void shouldAddNewVisitForPet() {
		Owner owner6 = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		Pet pet7 = owner6.getPet( data.petId( "Samantha" ) );
		int found = pet7.getVisits().size();
		Visit visit = new Visit();
		visit.setDescription( "test" );

		owner6.addVisit( pet7.getId(), visit );
		owners.save( owner6 );
		entityManager.flush();

		assertThat( pet7.getVisits() ).hasSize( found + 1 ).allMatch( value -> value.getId() != null );
		entityManager.clear();
		Pet reloaded = owners.findById( data.ownerId( "Jean" ) ).orElseThrow().getPet( data.petId( "Samantha" ) );
		assertThat( reloaded.getVisits() ).extracting( Visit::getDescription ).containsExactly( "rabies shot", "spayed", "test" );
	}

	@Test
	void shouldFindVisitsByPetId() {
		Owner owner6 = owners.findById( data.ownerId( "Jean" ) ).orElseThrow();
		Pet pet7 = owner6.getPet( data.petId( "Samantha" ) );
		Collection<Visit> visits = pet7.getVisits();
		assertThat( visits ).hasSize( 2 ).element( 0 ).extracting( Visit::getDate ).isNotNull();
	}

	private static <T extends BaseEntity> T byId(Collection<T> entities, int id) {
		return entities.stream().filter( entity -> entity.getId() == id ).findFirst().orElseThrow();
	}
}
