package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;

/** An entity whose id and first column come from a {@link Stamped} mapped superclass. */
@Entity(name = "Invoice")
public class Invoice extends Stamped {

	private Integer amount;

	protected Invoice() {
	}

	public Invoice(Long id, String createdBy, Integer amount) {
		super( id, createdBy );
		this.amount = amount;
	}
}
