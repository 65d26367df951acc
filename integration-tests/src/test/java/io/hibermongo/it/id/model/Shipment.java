package io.hibermongo.it.id.model;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** An {@code @EmbeddedId}, stored as an {@code _id} sub-document. */
@Entity(name = "Shipment")
public class Shipment {

	@EmbeddedId
	private ShipmentKey key;

	private String destination;

	protected Shipment() {
	}

	public Shipment(ShipmentKey key, String destination) {
		this.key = key;
		this.destination = destination;
	}

	public String getDestination() {
		return destination;
	}
}
