package io.hibermongo.it.differential.clinic;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/** The composite id of an edition: an {@code _id} sub-document. */
@Embeddable
public class EditionKey implements Serializable {

	private String isbn;
	private int printing;

	protected EditionKey() {
	}

	public EditionKey(String isbn, int printing) {
		this.isbn = isbn;
		this.printing = printing;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EditionKey key && key.isbn.equals( isbn ) && key.printing == printing;
	}

	@Override
	public int hashCode() {
		return Objects.hash( isbn, printing );
	}
}
