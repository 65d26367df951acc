package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** {@code @GeneratedValue} with no strategy on a {@code Long}: AUTO, Hibernate's default sequence. */
@Entity(name = "AutoNote")
public class AutoNote {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

	protected AutoNote() {
	}

	public AutoNote(String text) {
		this.text = text;
	}

	public Long getId() {
		return id;
	}
}
