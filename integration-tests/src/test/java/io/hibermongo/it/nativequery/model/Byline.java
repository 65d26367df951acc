package io.hibermongo.it.nativequery.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Who wrote an {@link Article}: a {@code byline} document holding a nested {@code contact} document. */
@Embeddable
public class Byline {

	private String name;

	@Embedded
	private Contact contact;

	protected Byline() {
	}

	public Byline(String name, Contact contact) {
		this.name = name;
		this.contact = contact;
	}

	public String getName() {
		return name;
	}

	public Contact getContact() {
		return contact;
	}
}
