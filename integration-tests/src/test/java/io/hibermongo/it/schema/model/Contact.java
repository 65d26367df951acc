package io.hibermongo.it.schema.model;

import io.hibermongo.dialect.MongoIndex;
import jakarta.persistence.Embeddable;

@Embeddable
public class Contact {

	@MongoIndex
	@NoScript
	private String city;

	@NoScript
	private String note;

	protected Contact() {
	}

	public Contact(String city, String note) {
		this.city = city;
		this.note = note;
	}

	public String getCity() {
		return city;
	}
}
