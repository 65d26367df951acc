package io.hibermongo.it.id.model;

import java.io.Serializable;
import java.util.Objects;

/** The {@code @IdClass} of a {@link Seat}. */
public class SeatId implements Serializable {

	private String hall;
	private int seatNumber;

	protected SeatId() {
	}

	public SeatId(String hall, int seatNumber) {
		this.hall = hall;
		this.seatNumber = seatNumber;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SeatId that && seatNumber == that.seatNumber && Objects.equals( hall, that.hall );
	}

	@Override
	public int hashCode() {
		return Objects.hash( hall, seatNumber );
	}
}
