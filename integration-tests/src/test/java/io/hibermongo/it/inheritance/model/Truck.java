package io.hibermongo.it.inheritance.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass beside {@link Car}. */
@Entity(name = "Truck")
@DiscriminatorValue("T")
public class Truck extends Vehicle {

	private Integer payload;

	protected Truck() {
	}

	public Truck(Long id, String maker, Integer payload) {
		super( id, maker );
		this.payload = payload;
	}
}
