package io.hibermongo.it.nativequery.model;

import jakarta.persistence.Embeddable;

/** Where a {@link Publisher} is, a nested {@code address} document. */
@Embeddable
public class Address {

	private String town;

	private String country;

	protected Address() {
	}

	public Address(String town, String country) {
		this.town = town;
		this.country = country;
	}

	public String getTown() {
		return town;
	}

	public String getCountry() {
		return country;
	}
}
