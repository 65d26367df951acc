package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A room of a clinic; it does not know its clinic (the clinic's unidirectional one-to-many does). */
@Entity
public class Room {

	@Id
	private Long id;

	private String name;

	protected Room() {
	}

	public Room(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public String name() {
		return name;
	}
}
