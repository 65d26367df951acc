package io.hibermongo.it.inheritance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Version;

/**
 * An entity spread over a primary and two optional secondary tables; on MongoDB all three are parts of
 * one document in the {@value #COLLECTION} collection, whose index on {@code iban} the secondary table declares.
 */
@Entity(name = "Customer")
@SecondaryTable(name = "CustomerProfile")
@SecondaryTable(name = "CustomerBilling", indexes = @Index(name = "customer_iban", columnList = "iban", unique = true))
public class Customer {

	/** The collection of all three tables. */
	public static final String COLLECTION = "Customer";

	@Id
	private Long id;

	private String name;

	@Column(table = "CustomerProfile")
	private String bio;

	@Column(table = "CustomerProfile")
	private Integer stars;

	@Column(table = "CustomerBilling")
	private String iban;

	@Version
	private int version;

	protected Customer() {
	}

	public Customer(Long id, String name, String bio, Integer stars, String iban) {
		this.id = id;
		this.name = name;
		this.bio = bio;
		this.stars = stars;
		this.iban = iban;
	}

	public void setName(String name) {
		this.name = name;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public void setStars(Integer stars) {
		this.stars = stars;
	}

	public void setIban(String iban) {
		this.iban = iban;
	}
}
