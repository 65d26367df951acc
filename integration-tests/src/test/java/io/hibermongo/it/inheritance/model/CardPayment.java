package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS class with a collection of its own. */
@Entity(name = "CardPayment")
public class CardPayment extends Payment {

	private String card;

	protected CardPayment() {
	}

	public CardPayment(Integer amount, String card) {
		super( amount );
		this.card = card;
	}
}
