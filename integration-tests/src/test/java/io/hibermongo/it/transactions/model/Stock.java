package io.hibermongo.it.transactions.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A versioned entity with an assigned id, for the transaction and locking tests; collection {@value #COLLECTION}. */
@Entity
public class Stock {

	public static final String COLLECTION = "Stock";

	@Id
	private Long id;

	private String item;

	private int quantity;

	@Version
	private int version;

	protected Stock() {
	}

	public Stock(Long id, String item, int quantity) {
		this.id = id;
		this.item = item;
		this.quantity = quantity;
	}

	public Long getId() {
		return id;
	}

	public String getItem() {
		return item;
	}

	public int getQuantity() {
		return quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = quantity;
	}

	public int getVersion() {
		return version;
	}
}
