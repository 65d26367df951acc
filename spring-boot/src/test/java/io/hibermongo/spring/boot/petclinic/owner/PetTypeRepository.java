package io.hibermongo.spring.boot.petclinic.owner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** PetClinic's pet type repository. */
public interface PetTypeRepository extends JpaRepository<PetType, Integer> {

	/** All pet types, by name. */
	@Query("SELECT ptype FROM PetType ptype ORDER BY ptype.name")
	List<PetType> findPetTypes();
}
