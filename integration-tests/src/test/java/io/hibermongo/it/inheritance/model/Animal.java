package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Version;

/**
 * The root of a JOINED hierarchy ({@link Dog}, {@link Puppy}, {@link Cat}); on MongoDB all its tables are
 * parts of one document in the {@value #COLLECTION} collection. The tests read its state by reflection.
 */
@Entity(name = "Animal")
@Inheritance(strategy = InheritanceType.JOINED)
public class Animal {

	/** The collection of the whole hierarchy. */
	public static final String COLLECTION = "Animal";

	@Id
	private Long id;

	private String name;

	private Integer weight;

	@Version
	private int version;

	protected Animal() {
	}

	public Animal(Long id, String name, Integer weight) {
		this.id = id;
		this.name = name;
		this.weight = weight;
	}

	public Long getId() {
		return id;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setWeight(Integer weight) {
		this.weight = weight;
	}
}
