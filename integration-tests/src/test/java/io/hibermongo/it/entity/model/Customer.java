package io.hibermongo.it.entity.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A versioned entity with an embedded address whose {@code street} is stored as {@code line1}. On
 * MongoDB its collection is {@value #COLLECTION}.
 */
@Entity
public class Customer {

	/** The collection (the table name) the dialect stores customers in. */
	public static final String COLLECTION = "Customer";

	@Id
	private Long id;

	private String name;

	private int visits;

	@Version
	private int version;

	@Embedded
	@AttributeOverride(name = "street", column = @Column(name = "line1"))
	private Address address;

	protected Customer() {
	}

	public Customer(Long id, String name, Address address) {
		this.id = id;
		this.name = name;
		this.address = address;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getVisits() {
		return visits;
	}

	public void setVisits(int visits) {
		this.visits = visits;
	}

	public int getVersion() {
		return version;
	}

	public Address getAddress() {
		return address;
	}
}
