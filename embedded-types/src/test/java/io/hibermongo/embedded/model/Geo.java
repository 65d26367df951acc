package io.hibermongo.embedded.model;

import jakarta.persistence.Embeddable;

@Embeddable
public class Geo {

	public Double lat;
	public Double lng;
}
