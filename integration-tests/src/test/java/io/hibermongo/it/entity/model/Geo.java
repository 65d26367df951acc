package io.hibermongo.it.entity.model;

import jakarta.persistence.Embeddable;

/** A position inside {@link Address}: the second level of nesting. */
@Embeddable
public class Geo {

	private Double lat;
	private Double lon;

	protected Geo() {
	}

	public Geo(Double lat, Double lon) {
		this.lat = lat;
		this.lon = lon;
	}

	public Double getLat() {
		return lat;
	}

	public Double getLon() {
		return lon;
	}
}
