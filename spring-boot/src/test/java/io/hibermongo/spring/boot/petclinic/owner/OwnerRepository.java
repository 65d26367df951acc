package io.hibermongo.spring.boot.petclinic.owner;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** PetClinic's owner repository. */
public interface OwnerRepository extends JpaRepository<Owner, Integer> {

	/** Owners whose last name starts with the prefix, a page of them and the count. */
	Page<Owner> findByLastNameStartingWith(String lastName, Pageable pageable);

	/** The owner with its pets and their visits. */
	Optional<Owner> findById(Integer id);
}
