package io.hibermongo.it.differential.model;

import jakarta.persistence.Embeddable;

/** An embeddable nested inside an element. */
@Embeddable
public class Pack {

	private Integer size;
	private String unit;

	protected Pack() {
	}

	public Pack(Integer size, String unit) {
		this.size = size;
		this.unit = unit;
	}
}
