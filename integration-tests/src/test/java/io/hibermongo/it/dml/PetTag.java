package io.hibermongo.it.dml;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A tag whose id comes from a sequence of allocationSize 1, which an HQL insert-select can number. */
@Entity
public class PetTag {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_ids")
	@SequenceGenerator(name = "tag_ids", sequenceName = "tag_ids", allocationSize = 1)
	private Long id;

	private String label;
	private Integer weight;

	protected PetTag() {
	}

	public PetTag(String label, Integer weight) {
		this.label = label;
		this.weight = weight;
	}
}
