package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A kind of pet, referenced by many pets (an EAGER {@code @ManyToOne}, JPA's default). */
@Entity
public class PetType {

	@Id
	private Long id;

	private String name;

	protected PetType() {
	}

	public PetType(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public String name() {
		return name;
	}
}
