package io.hibermongo.it.differential.clinic;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

/** Where authors live: the last link of the Book → Author → Location chain, with its residents EAGER. */
@Entity
public class Location {

	@Id
	private Long id;

	private String city;

	@OneToMany(mappedBy = "location", fetch = FetchType.EAGER)
	private Set<Author> residents = new HashSet<>();

	protected Location() {
	}

	public Location(Long id, String city) {
		this.id = id;
		this.city = city;
	}

	public String city() {
		return city;
	}

	public Set<Author> residents() {
		return residents;
	}
}
