package io.hibermongo.it.arrays.model;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/** An embeddable map key. */
@Embeddable
public class Slot {

	private String day;
	private int hour;

	protected Slot() {
	}

	public Slot(String day, int hour) {
		this.day = day;
		this.hour = hour;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Slot that && Objects.equals( day, that.day ) && hour == that.hour;
	}

	@Override
	public int hashCode() {
		return Objects.hash( day, hour );
	}

	@Override
	public String toString() {
		return day + "@" + hour;
	}
}
