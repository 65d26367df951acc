package io.hibermongo.it.dml;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entry with an IDENTITY id, which the database (here: the collection's counter) assigns per inserted row. */
@Entity
public class PetEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected PetEntry() {
	}
}
