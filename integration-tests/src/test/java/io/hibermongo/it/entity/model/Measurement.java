package io.hibermongo.it.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A small entity written in bulk by the batching test; its collection is {@value #COLLECTION}. */
@Entity
public class Measurement {

	/** The collection (the table name) the dialect stores measurements in. */
	public static final String COLLECTION = "Measurement";

	@Id
	private Long id;

	private String sensor;

	private double reading;

	protected Measurement() {
	}

	public Measurement(Long id, String sensor, double reading) {
		this.id = id;
		this.sensor = sensor;
		this.reading = reading;
	}

	public void setReading(double reading) {
		this.reading = reading;
	}
}
