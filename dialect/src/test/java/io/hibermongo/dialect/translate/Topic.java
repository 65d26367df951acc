package io.hibermongo.dialect.translate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A node of a tree of topics, for the recursive CTE golden tests. */
@Entity
public class Topic {
	@Id
	public Long id;
	public String title;
	@ManyToOne
	public Topic parent;
}
