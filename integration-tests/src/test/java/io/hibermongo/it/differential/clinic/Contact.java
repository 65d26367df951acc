package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** How to reach an owner: an embeddable holding an association (its foreign key nests in the owner's document). */
@Embeddable
public class Contact {

	private String phone;

	@ManyToOne
	private Location home;

	protected Contact() {
	}

	public Contact(String phone, Location home) {
		this.phone = phone;
		this.home = home;
	}

	public String phone() {
		return phone;
	}

	public Location home() {
		return home;
	}
}
