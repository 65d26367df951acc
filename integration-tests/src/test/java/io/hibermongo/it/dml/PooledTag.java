package io.hibermongo.it.dml;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A tag numbered by a pooled sequence (allocationSize 50), which Hibernate's insert-select numbers through a temporary table. */
@Entity
public class PooledTag {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String label;

	protected PooledTag() {
	}
}
