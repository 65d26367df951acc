package io.hibermongo.it.schema.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A compound unique key on nullable fields. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_country_number", columnNames = { "country", "number" }))
public class Team {

	@Id
	private Long id;

	private String name;

	private String country;

	private Integer number;

	protected Team() {
	}

	public Team(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Team withPhone(String country, Integer number) {
		this.country = country;
		this.number = number;
		return this;
	}

	public Long getId() {
		return id;
	}
}
