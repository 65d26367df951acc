package io.hibermongo.embedded.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** A {@code @ManyToMany}: the contacts' ids as an array in the shelf's document. */
@Entity(name = "Shelf")
public class Shelf {

	@Id
	public Long id;

	@ManyToMany
	public Set<Contact> contacts = new HashSet<>();
}
