package io.hibermongo.it.arrays.model;

import jakarta.persistence.Embeddable;

@Embeddable
public class Geo {

	private Double lat;
	private Double lng;

	protected Geo() {
	}

	public Geo(Double lat, Double lng) {
		this.lat = lat;
		this.lng = lng;
	}

	public Double getLat() {
		return lat;
	}

	public Double getLng() {
		return lng;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Geo that && java.util.Objects.equals( lat, that.lat ) && java.util.Objects.equals( lng, that.lng );
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash( lat, lng );
	}
}
