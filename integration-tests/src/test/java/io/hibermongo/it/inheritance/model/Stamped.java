package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A mapped superclass: its attributes are fields of each entity that extends it. */
@MappedSuperclass
public abstract class Stamped {

	@Id
	private Long id;

	private String createdBy;

	protected Stamped() {
	}

	protected Stamped(Long id, String createdBy) {
		this.id = id;
		this.createdBy = createdBy;
	}
}
