package io.hibermongo.it.schema.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OrderColumn;

/** An index on the position of an ordered list, which is the array index in MongoDB. */
@Entity
public class PositionIndexShelf {

	@Id
	private Long id;

	@ElementCollection
	@OrderColumn(name = "position")
	@CollectionTable(name = "PositionIndexShelf_notes", indexes = @Index(name = "idx_position", columnList = "position"))
	private List<String> notes = new ArrayList<>();
}
