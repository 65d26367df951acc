package io.hibermongo.it.differential.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * A reader, joined to books by name only (entity joins with {@code on}), with the inverse side of a
 * {@code @OneToOne} to a card.
 */
@Entity
public class Reader {

	@Id
	private Long id;

	private String name;
	private Integer age;

	@OneToOne(mappedBy = "holder")
	private Card card;

	protected Reader() {
	}

	public Reader(Long id, String name, Integer age) {
		this.id = id;
		this.name = name;
		this.age = age;
	}

	public String name() {
		return name;
	}

	public Card card() {
		return card;
	}
}
