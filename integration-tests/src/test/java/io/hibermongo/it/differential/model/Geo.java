package io.hibermongo.it.differential.model;

import jakarta.persistence.Embeddable;

/** A position, embedded inside {@link Address}: an embeddable two levels deep. */
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
}
