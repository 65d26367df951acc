package io.hibermongo.it.differential.clinic;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** A vet's specialty, with the inverse side of the {@code @ManyToMany} (it reads the vets' id arrays). */
@Entity
public class Specialty {

	@Id
	private Long id;

	private String name;

	@ManyToMany(mappedBy = "specialties")
	private Set<Vet> vets = new HashSet<>();

	protected Specialty() {
	}

	public Specialty(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public Set<Vet> vets() {
		return vets;
	}
}
