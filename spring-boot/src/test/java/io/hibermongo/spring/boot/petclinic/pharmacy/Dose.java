package io.hibermongo.spring.boot.petclinic.pharmacy;

import jakarta.persistence.Embeddable;

/** One dose of a prescription: an element of an {@code @ElementCollection} of embeddables. */
@Embeddable
public class Dose {

	private int milligrams;
	private String unit;

	protected Dose() {
	}

	public Dose(int milligrams, String unit) {
		this.milligrams = milligrams;
		this.unit = unit;
	}

	public int getMilligrams() {
		return milligrams;
	}

	public String getUnit() {
		return unit;
	}
}
