package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An {@code @IdClass} id, stored as an {@code _id} sub-document. */
@Entity(name = "Seat")
@IdClass(SeatId.class)
public class Seat {

	@Id
	private String hall;

	@Id
	private int seatNumber;

	private boolean accessible;

	protected Seat() {
	}

	public Seat(String hall, int seatNumber, boolean accessible) {
		this.hall = hall;
		this.seatNumber = seatNumber;
		this.accessible = accessible;
	}

	public boolean isAccessible() {
		return accessible;
	}
}
