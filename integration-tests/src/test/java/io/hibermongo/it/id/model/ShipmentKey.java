package io.hibermongo.it.id.model;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/** The composite key of a {@link Shipment}. */
@Embeddable
public class ShipmentKey implements Serializable {

	private String warehouse;
	private int number;

	protected ShipmentKey() {
	}

	public ShipmentKey(String warehouse, int number) {
		this.warehouse = warehouse;
		this.number = number;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ShipmentKey that && number == that.number && Objects.equals( warehouse, that.warehouse );
	}

	@Override
	public int hashCode() {
		return Objects.hash( warehouse, number );
	}
}
