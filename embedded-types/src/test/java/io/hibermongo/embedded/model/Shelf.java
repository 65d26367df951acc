package io.hibermongo.embedded.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** A {@code @ManyToMany}, refused at startup in this slice. */
@Entity(name = "Shelf")
public class Shelf {

	@Id
	public Long id;

	@ManyToMany
	public List<Contact> contacts = new ArrayList<>();
}
