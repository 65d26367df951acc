package io.hibermongo.it.registry.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A shelf that volumes stand on; loaded in batches when the volumes' lazy references are touched. */
@Entity
public class Shelf {

	@Id
	private Long id;

	private String label;

	protected Shelf() {
	}

	public Shelf(Long id, String label) {
		this.id = id;
		this.label = label;
	}

	public Long getId() {
		return id;
	}

	public String getLabel() {
		return label;
	}
}
