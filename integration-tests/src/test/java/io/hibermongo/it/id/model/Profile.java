package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** A derived id: a profile's id is the id of its {@link Ticket}, via {@code @MapsId} (lazy: joins are not
 * translated yet). */
@Entity(name = "Profile")
public class Profile {

	@Id
	private Long id;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY)
	private Ticket ticket;

	private String note;

	protected Profile() {
	}

	public Profile(Ticket ticket, String note) {
		this.ticket = ticket;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Ticket getTicket() {
		return ticket;
	}

	public String getNote() {
		return note;
	}
}
