package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS class beside {@link CardPayment}. */
@Entity(name = "CashPayment")
public class CashPayment extends Payment {

	private String currency;

	protected CashPayment() {
	}

	public CashPayment(Integer amount, String currency) {
		super( amount );
		this.currency = currency;
	}
}
