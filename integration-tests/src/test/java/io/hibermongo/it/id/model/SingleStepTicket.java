package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** SEQUENCE ids one at a time (allocationSize 1: no optimizer), starting at 100, as an {@code int}. */
@Entity(name = "SingleStepTicket")
public class SingleStepTicket {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "single_step_seq")
	@SequenceGenerator(name = "single_step_seq", sequenceName = "single_step_seq", initialValue = 100, allocationSize = 1)
	private int id;

	private String title;

	protected SingleStepTicket() {
	}

	public SingleStepTicket(String title) {
		this.title = title;
	}

	public int getId() {
		return id;
	}
}
