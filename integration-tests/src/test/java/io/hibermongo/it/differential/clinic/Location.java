package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Where an author lives: the last link of the Book → Author → Location chain. */
@Entity
public class Location {

	@Id
	private Long id;

	private String city;

	protected Location() {
	}

	public Location(Long id, String city) {
		this.id = id;
		this.city = city;
	}

	public String city() {
		return city;
	}
}
