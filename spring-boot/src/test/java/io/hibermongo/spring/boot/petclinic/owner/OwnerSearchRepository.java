package io.hibermongo.spring.boot.petclinic.owner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Owners found through their pets ({@code @OneToMany(mappedBy)}) and loaded by entity graphs. */
public interface OwnerSearchRepository extends Repository<Owner, Integer> {

	List<Owner> findByPetsNameOrderByFirstName(String petName);

	List<Owner> findDistinctByPetsTypeNameOrderByLastName(String type);

	List<Owner> findDistinctByPetsVisitsDescription(String description);

	@Query("select distinct o from Owner o join o.pets p where p.type.name = :type order by o.lastName")
	List<Owner> ownersOfType(@Param("type") String type);

	@Query("select new io.hibermongo.spring.boot.petclinic.owner.PetCount(o.lastName, count(p)) from Owner o left join o.pets p"
			+ " group by o.lastName order by o.lastName")
	List<PetCount> petCountsByLastName();

	/**
	 * The owner with its pets, their types and their visits in one read. {@code pets} is a bag (a {@code List}
	 * without order column): fetched together with the pets' visits it repeats each pet once per visit, on any
	 * database, as Hibernate's bags do; read it through {@code getPet(name)}.
	 */
	@EntityGraph(attributePaths = { "pets", "pets.visits" })
	Optional<Owner> findWithPetsAndVisitsById(Integer id);
}
