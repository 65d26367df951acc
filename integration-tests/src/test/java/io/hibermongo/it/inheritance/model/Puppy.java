package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** A JOINED subclass two levels down: three tables, one document. */
@Entity(name = "Puppy")
public class Puppy extends Dog {

	private Integer ageWeeks;

	protected Puppy() {
	}

	public Puppy(Long id, String name, Integer weight, String breed, Boolean barks, Integer ageWeeks) {
		super( id, name, weight, breed, barks );
		this.ageWeeks = ageWeeks;
	}

	public void setAgeWeeks(Integer ageWeeks) {
		this.ageWeeks = ageWeeks;
	}
}
