package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * Refers to entities of the inheritance model through EAGER to-ones: a JOINED subclass, the JOINED root
 * (any class) and an entity with secondary tables, so loading it joins their one-document tables.
 */
@Entity(name = "Kennel")
public class Kennel {

	@Id
	private Long id;

	@ManyToOne
	private Dog resident;

	@ManyToOne
	private Animal pet;

	@ManyToOne
	private Customer customer;

	protected Kennel() {
	}

	public Kennel(Long id, Dog resident, Animal pet, Customer customer) {
		this.id = id;
		this.resident = resident;
		this.pet = pet;
		this.customer = customer;
	}
}
