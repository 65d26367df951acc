package io.hibermongo.it.differential.clinic;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A visit of a pet, with a lazy {@code @ManyToOne} back to it. */
@Entity
public class Visit {

	@Id
	private Long id;

	private LocalDate date;
	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	private Pet pet;

	protected Visit() {
	}

	public Visit(Long id, LocalDate date, String description, Pet pet) {
		this.id = id;
		this.date = date;
		this.description = description;
		this.pet = pet;
		pet.visits().add( this );
	}

	public Long id() {
		return id;
	}

	public LocalDate date() {
		return date;
	}

	public String description() {
		return description;
	}
}
