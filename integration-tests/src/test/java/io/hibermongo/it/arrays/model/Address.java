package io.hibermongo.it.arrays.model;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {

	private String street;
	private String city;
	@Embedded
	private Geo geo;

	protected Address() {
	}

	public Address(String street, String city, Geo geo) {
		this.street = street;
		this.city = city;
		this.geo = geo;
	}

	public String getStreet() {
		return street;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public Geo getGeo() {
		return geo;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Address that && Objects.equals( street, that.street ) && Objects.equals( city, that.city )
				&& Objects.equals( geo, that.geo );
	}

	@Override
	public int hashCode() {
		return Objects.hash( street, city, geo );
	}

	@Override
	public String toString() {
		return street + ", " + city + ( geo == null ? "" : " @" + geo.getLat() + "," + geo.getLng() );
	}
}
