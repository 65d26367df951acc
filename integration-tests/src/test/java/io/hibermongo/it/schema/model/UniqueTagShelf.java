package io.hibermongo.it.schema.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.UniqueConstraint;

/** A collection table with a unique constraint, which no index on an array can enforce as SQL does. */
@Entity
public class UniqueTagShelf {

	@Id
	private Long id;

	@ElementCollection
	@CollectionTable(name = "UniqueTagShelf_tags", uniqueConstraints = @UniqueConstraint(name = "uk_tag", columnNames = "tag"))
	@Column(name = "tag")
	private Set<String> tags = new HashSet<>();
}
