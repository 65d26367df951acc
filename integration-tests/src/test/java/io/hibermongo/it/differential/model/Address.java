package io.hibermongo.it.differential.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable holding another embeddable, stored as a nested document on MongoDB. */
@Embeddable
public class Address {

	private String city;
	private String street;

	@Embedded
	private Geo geo;

	protected Address() {
	}

	public Address(String city, String street, Geo geo) {
		this.city = city;
		this.street = street;
		this.geo = geo;
	}
}
