package io.hibermongo.it.differential.clinic;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** An edition with an {@code @EmbeddedId}, the target of a composite foreign key. */
@Entity
public class Edition {

	@EmbeddedId
	private EditionKey key;

	private String publisher;

	protected Edition() {
	}

	public Edition(EditionKey key, String publisher) {
		this.key = key;
		this.publisher = publisher;
	}

	public String publisher() {
		return publisher;
	}
}
