package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** SEQUENCE ids in blocks of 50 (Hibernate's pooled optimizer). */
@Entity(name = "Ticket")
public class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
	@SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", initialValue = 1, allocationSize = 50)
	private Long id;

	private String title;

	protected Ticket() {
	}

	public Ticket(String title) {
		this.title = title;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}
}
