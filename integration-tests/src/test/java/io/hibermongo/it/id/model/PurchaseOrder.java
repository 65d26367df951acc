package io.hibermongo.it.id.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** IDENTITY ids (a {@code Long}). */
@Entity(name = "PurchaseOrder")
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String item;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(String item) {
		this.item = item;
	}

	public Long getId() {
		return id;
	}

	public String getItem() {
		return item;
	}
}
