package io.hibermongo.spring.boot.sample;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

	private String city;
	private String zip;

	protected Address() {
	}

	public Address(String city, String zip) {
		this.city = city;
		this.zip = zip;
	}

	public String getCity() {
		return city;
	}

	public String getZip() {
		return zip;
	}
}
