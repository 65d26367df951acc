package io.hibermongo.spring.boot.petclinic.pharmacy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Derived queries over element collections: the tags ({@code Set<String>}) and the doses' fields. */
public interface PrescriptionRepository extends JpaRepository<Prescription, Integer> {

	List<Prescription> findByTagsContainingOrderByMedicine(String tag);

	List<Prescription> findByTagsNotContainingOrderByMedicine(String tag);

	List<Prescription> findDistinctByTagsInOrderByMedicine(Collection<String> tags);

	List<Prescription> findByTagsIsEmpty();

	List<Prescription> findDistinctByDosesMilligramsGreaterThanOrderByMedicine(int milligrams);

	List<Prescription> findDistinctByDosesUnitAndMedicineStartingWith(String unit, String prefix);

	long countByTagsContaining(String tag);

	List<Prescription> findDistinctByVetsSpecialtiesNameOrderByMedicine(String specialty);

	/** Prescriptions with their tags, read with them. */
	@EntityGraph(attributePaths = "tags")
	List<Prescription> findByMedicineStartingWithOrderByMedicine(String prefix);
}
