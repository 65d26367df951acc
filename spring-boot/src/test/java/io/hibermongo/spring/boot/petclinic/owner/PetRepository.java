package io.hibermongo.spring.boot.petclinic.owner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Pets found through the paths of their {@code @ManyToOne} associations (not in PetClinic, which reaches pets through owners). */
public interface PetRepository extends Repository<Pet, Integer>, JpaSpecificationExecutor<Pet> {

	List<Pet> findByOwnerLastNameOrderByName(String lastName);

	List<Pet> findByTypeNameAndOwnerCityOrderByName(String type, String city);

	long countByOwnerCity(String city);

	Page<Pet> findByTypeName(String type, Pageable pageable);

	/** The pet with its visits and its type in one read. */
	@EntityGraph(attributePaths = { "visits", "type" })
	Optional<Pet> findWithVisitsById(Integer id);
}
