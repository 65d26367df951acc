package io.hibermongo.it.inheritance.model;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a SINGLE_TABLE hierarchy ({@link Car}, {@link Truck}) with an explicit discriminator column. */
@Entity(name = "Vehicle")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
@DiscriminatorValue("V")
public class Vehicle {

	@Id
	private Long id;

	private String maker;

	protected Vehicle() {
	}

	public Vehicle(Long id, String maker) {
		this.id = id;
		this.maker = maker;
	}
}
