package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Bad input: a negative allocationSize. */
@Entity(name = "NegativeAllocationItem")
public class NegativeAllocationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "negative")
	@SequenceGenerator(name = "negative", sequenceName = "negative_seq", allocationSize = -5)
	private Long id;
}
