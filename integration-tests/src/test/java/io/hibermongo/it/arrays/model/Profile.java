package io.hibermongo.it.arrays.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Element collections inside an {@code @Embedded} value, one with embeddable map keys. */
@Entity(name = "Profile")
public class Profile {

	@Id
	private Long id;

	@Embedded
	private Details details = new Details();

	protected Profile() {
	}

	public Profile(Long id) {
		this.id = id;
	}

	public Long getId() {
		return id;
	}

	public Details getDetails() {
		return details;
	}
}
