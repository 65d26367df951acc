package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A node of a category tree: a lazy {@code @ManyToOne} to its parent (NULL for a root), read by recursive CTEs. */
@Entity
public class Category {

	@Id
	private Long id;

	private String name;
	private Integer rank;

	@ManyToOne(fetch = FetchType.LAZY)
	private Category parent;

	protected Category() {
	}

	public Category(Long id, String name, Integer rank, Category parent) {
		this.id = id;
		this.name = name;
		this.rank = rank;
		this.parent = parent;
	}

	public Long id() {
		return id;
	}
}
