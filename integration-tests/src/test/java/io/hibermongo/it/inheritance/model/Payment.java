package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * The abstract root of a TABLE_PER_CLASS hierarchy: {@link CardPayment} and {@link CashPayment} each have a
 * collection holding all their fields; ids come from one sequence, so they are unique across the hierarchy.
 */
@Entity(name = "Payment")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private Integer amount;

	protected Payment() {
	}

	protected Payment(Integer amount) {
		this.amount = amount;
	}

	public Long getId() {
		return id;
	}

	public void setAmount(Integer amount) {
		this.amount = amount;
	}
}
