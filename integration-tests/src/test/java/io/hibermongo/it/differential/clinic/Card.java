package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** A library card: the owning side of a {@code @OneToOne} (its foreign key) to its holder. */
@Entity
public class Card {

	@Id
	private Long id;

	private String number;

	@OneToOne
	private Reader holder;

	protected Card() {
	}

	public Card(Long id, String number, Reader holder) {
		this.id = id;
		this.number = number;
		this.holder = holder;
	}

	public String number() {
		return number;
	}

	public Reader holder() {
		return holder;
	}
}
