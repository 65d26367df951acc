package io.hibermongo.it.entity.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable with a nested embeddable; {@link Customer} renames its {@code street} column. */
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

	public String getCity() {
		return city;
	}

	public String getStreet() {
		return street;
	}

	public Geo getGeo() {
		return geo;
	}
}
