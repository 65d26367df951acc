package io.hibermongo.spring.boot.petclinic.vet;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** PetClinic's vet repository: read-only, all vets or a page of them, each with its specialties. */
public interface VetRepository extends Repository<Vet, Integer> {

	@Transactional(readOnly = true)
	Collection<Vet> findAll();

	@Transactional(readOnly = true)
	Page<Vet> findAll(Pageable pageable);
}
