package io.hibermongo.it.inheritance.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A SINGLE_TABLE subclass. */
@Entity(name = "Car")
@DiscriminatorValue("C")
public class Car extends Vehicle {

	private Integer seats;

	protected Car() {
	}

	public Car(Long id, String maker, Integer seats) {
		super( id, maker );
		this.seats = seats;
	}
}
