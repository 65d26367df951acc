package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A JOINED subclass whose table's columns become fields of the {@link Animal} document, with an index on one. */
@Entity(name = "Dog")
@Table(name = "Dog", indexes = @Index(name = "dog_breed", columnList = "breed"))
public class Dog extends Animal {

	private String breed;

	private Boolean barks;

	protected Dog() {
	}

	public Dog(Long id, String name, Integer weight, String breed, Boolean barks) {
		super( id, name, weight );
		this.breed = breed;
		this.barks = barks;
	}

	public void setBreed(String breed) {
		this.breed = breed;
	}
}
