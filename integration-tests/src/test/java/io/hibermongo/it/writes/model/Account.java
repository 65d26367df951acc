package io.hibermongo.it.writes.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A versioned entity for the batch and bulk-update tests; its collection is {@value #COLLECTION}. */
@Entity
public class Account {

	/** The collection (the table name) the dialect stores accounts in. */
	public static final String COLLECTION = "Account";

	@Id
	private Long id;

	private String owner;

	private Integer balance;

	@Version
	private int version;

	protected Account() {
	}

	public Account(Long id, String owner, Integer balance) {
		this.id = id;
		this.owner = owner;
		this.balance = balance;
	}

	public Long getId() {
		return id;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public Integer getBalance() {
		return balance;
	}

	public void setBalance(Integer balance) {
		this.balance = balance;
	}

	public int getVersion() {
		return version;
	}
}
