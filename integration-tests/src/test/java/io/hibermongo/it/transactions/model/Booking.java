package io.hibermongo.it.transactions.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** An entity whose ids come from a counter (allocation size 1), to show counters are not transactional. */
@Entity
public class Booking {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
	@SequenceGenerator(name = "booking_seq", allocationSize = 1)
	private Long id;

	private String guest;

	protected Booking() {
	}

	public Booking(String guest) {
		this.guest = guest;
	}

	public Long getId() {
		return id;
	}

	public String getGuest() {
		return guest;
	}
}
