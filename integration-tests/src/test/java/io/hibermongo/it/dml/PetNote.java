package io.hibermongo.it.dml;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A note with a generated UUID id: HQL {@code insert … values} binds a new one per row. */
@Entity
public class PetNote {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String text;

	protected PetNote() {
	}

	public UUID id() {
		return id;
	}

	public String text() {
		return text;
	}
}
