package io.hibermongo.spring.boot.petclinic.vet;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Vets found through their specialties ({@code @ManyToMany}) and loaded with the named entity graph. */
public interface VetSearchRepository extends Repository<Vet, Integer> {

	List<Vet> findBySpecialtiesNameOrderByLastName(String specialty);

	long countBySpecialtiesName(String specialty);

	@EntityGraph(Vet.WITH_SPECIALTIES)
	List<Vet> findByLastNameStartingWithOrderByLastName(String prefix);
}
