package io.hibermongo.embedded.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {

	public String city;
	@Embedded
	public Geo geo;

	public Address() {
	}

	public Address(String city) {
		this.city = city;
	}
}
