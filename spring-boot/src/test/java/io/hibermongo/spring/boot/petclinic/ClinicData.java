package io.hibermongo.spring.boot.petclinic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.hibermongo.spring.boot.petclinic.owner.Owner;
import io.hibermongo.spring.boot.petclinic.owner.Pet;
import io.hibermongo.spring.boot.petclinic.owner.PetType;
import io.hibermongo.spring.boot.petclinic.owner.Visit;
import io.hibermongo.spring.boot.petclinic.vet.Specialty;
import io.hibermongo.spring.boot.petclinic.vet.Vet;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PetClinic's {@code data.sql}, written through JPA once per application context (MongoDB has no SQL scripts, and
 * the same loader keeps the H2 run identical). The ids are those the database generated, looked up by name.
 */
public final class ClinicData implements SmartInitializingSingleton {

	private final EntityManager entityManager;
	private final TransactionTemplate transaction;
	private final Map<String, Integer> owners = new HashMap<>();
	private final Map<String, Integer> pets = new HashMap<>();
	private final Map<String, Integer> vets = new HashMap<>();
	private final Map<String, Integer> types = new HashMap<>();

	ClinicData(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate( transactionManager );
	}

	/** The id of the owner with this first name (they are unique in the data). */
	public int ownerId(String firstName) {
		return owners.get( firstName );
	}

	/** The id of the pet of this name (unique in the data, but for two called Lucky). */
	public int petId(String name) {
		return pets.get( name );
	}

	/** The id of the vet with this last name. */
	public int vetId(String lastName) {
		return vets.get( lastName );
	}

	/** The id of the pet type of this name. */
	public int typeId(String name) {
		return types.get( name );
	}

	@Override
	public void afterSingletonsInstantiated() {
		transaction.executeWithoutResult( status -> load() );
	}

	private void load() {
		Specialty radiology = specialty( "radiology" );
		Specialty surgery = specialty( "surgery" );
		Specialty dentistry = specialty( "dentistry" );
		vet( "James", "Carter" );
		vet( "Helen", "Leary", radiology );
		vet( "Linda", "Douglas", surgery, dentistry );
		vet( "Rafael", "Ortega", surgery );
		vet( "Henry", "Stevens", radiology );
		vet( "Sharon", "Jenkins" );

		PetType cat = type( "cat" );
		PetType dog = type( "dog" );
		PetType lizard = type( "lizard" );
		PetType snake = type( "snake" );
		PetType bird = type( "bird" );
		PetType hamster = type( "hamster" );

		Owner george = owner( "George", "Franklin", "110 W. Liberty St.", "Madison", "6085551023" );
		Owner betty = owner( "Betty", "Davis", "638 Cardinal Ave.", "Sun Prairie", "6085551749" );
		Owner eduardo = owner( "Eduardo", "Rodriquez", "2693 Commerce St.", "McFarland", "6085558763" );
		Owner harold = owner( "Harold", "Davis", "563 Friendly St.", "Windsor", "6085553198" );
		Owner peter = owner( "Peter", "McTavish", "2387 S. Fair Way", "Madison", "6085552765" );
		Owner jean = owner( "Jean", "Coleman", "105 N. Lake St.", "Monona", "6085552654" );
		Owner jeff = owner( "Jeff", "Black", "1450 Oak Blvd.", "Monona", "6085555387" );
		Owner maria = owner( "Maria", "Escobito", "345 Maple St.", "Madison", "6085557683" );
		Owner david = owner( "David", "Schroeder", "2749 Blackhawk Trail", "Madison", "6085559435" );
		Owner carlos = owner( "Carlos", "Estaban", "2335 Independence La.", "Waunakee", "6085555487" );

		pet( george, "Leo", "2010-09-07", cat );
		pet( betty, "Basil", "2012-08-06", hamster );
		pet( eduardo, "Rosy", "2011-04-17", dog );
		pet( eduardo, "Jewel", "2010-03-07", dog );
		pet( harold, "Iggy", "2010-11-30", lizard );
		pet( peter, "George", "2010-01-20", snake );
		Pet samantha = pet( jean, "Samantha", "2012-09-04", cat );
		Pet max = pet( jean, "Max", "2012-09-04", cat );
		pet( jeff, "Lucky", "2011-08-06", bird );
		pet( maria, "Mulligan", "2007-02-24", dog );
		pet( david, "Freddy", "2010-03-09", bird );
		pet( carlos, "Lucky", "2010-06-24", dog );
		pet( carlos, "Sly", "2012-06-08", cat );

		visit( samantha, "2013-01-01", "rabies shot" );
		visit( max, "2013-01-02", "rabies shot" );
		visit( max, "2013-01-03", "neutered" );
		visit( samantha, "2013-01-04", "spayed" );
		entityManager.flush();
	}

	private Specialty specialty(String name) {
		Specialty specialty = new Specialty();
		specialty.setName( name );
		entityManager.persist( specialty );
		return specialty;
	}

	private void vet(String firstName, String lastName, Specialty... specialties) {
		Vet vet = new Vet();
		vet.setFirstName( firstName );
		vet.setLastName( lastName );
		for ( Specialty specialty : specialties ) {
			vet.addSpecialty( specialty );
		}
		entityManager.persist( vet );
		vets.put( lastName, vet.getId() );
	}

	private PetType type(String name) {
		PetType type = new PetType();
		type.setName( name );
		entityManager.persist( type );
		types.put( name, type.getId() );
		return type;
	}

	private Owner owner(String firstName, String lastName, String address, String city, String telephone) {
		Owner owner = new Owner();
		owner.setFirstName( firstName );
		owner.setLastName( lastName );
		owner.setAddress( address );
		owner.setCity( city );
		owner.setTelephone( telephone );
		entityManager.persist( owner );
		owners.put( firstName, owner.getId() );
		return owner;
	}

	private Pet pet(Owner owner, String name, String birthDate, PetType type) {
		Pet pet = new Pet();
		pet.setName( name );
		pet.setBirthDate( LocalDate.parse( birthDate ) );
		pet.setType( type );
		owner.addPet( pet );
		entityManager.persist( pet );
		pets.put( name, pet.getId() );
		return pet;
	}

	private void visit(Pet pet, String date, String description) {
		Visit visit = new Visit();
		visit.setDate( LocalDate.parse( date ) );
		visit.setDescription( description );
		pet.addVisit( visit );
		entityManager.persist( visit );
	}
}
