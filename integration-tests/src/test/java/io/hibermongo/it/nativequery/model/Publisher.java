package io.hibermongo.it.nativequery.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A publisher of {@link Article}s, in collection {@code Publisher}, with a nested {@code address}. */
@Entity
public class Publisher {

	@Id
	private Long id;

	private String name;

	@Embedded
	private Address address;

	protected Publisher() {
	}

	public Publisher(Long id, String name, Address address) {
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

	public Address getAddress() {
		return address;
	}
}
