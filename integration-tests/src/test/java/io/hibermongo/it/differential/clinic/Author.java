package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An author with an EAGER {@code @ManyToOne} to where they live, so loading a book joins twice. */
@Entity
public class Author {

	@Id
	private Long id;

	private String name;
	private Integer age;

	@ManyToOne
	private Location location;

	protected Author() {
	}

	public Author(Long id, String name, Integer age, Location location) {
		this.id = id;
		this.name = name;
		this.age = age;
		this.location = location;
	}

	public String name() {
		return name;
	}

	public Location location() {
		return location;
	}
}
