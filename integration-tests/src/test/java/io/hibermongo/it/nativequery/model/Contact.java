package io.hibermongo.it.nativequery.model;

import jakarta.persistence.Embeddable;

/** How to reach the author of an {@link Article}: nested inside the {@code byline} document. */
@Embeddable
public class Contact {

	private String email;

	private String city;

	protected Contact() {
	}

	public Contact(String email, String city) {
		this.email = email;
		this.city = city;
	}

	public String getEmail() {
		return email;
	}

	public String getCity() {
		return city;
	}
}
