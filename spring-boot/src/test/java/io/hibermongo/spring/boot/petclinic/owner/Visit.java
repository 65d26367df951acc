package io.hibermongo.spring.boot.petclinic.owner;

import java.time.LocalDate;

import io.hibermongo.spring.boot.petclinic.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A visit of a pet to the clinic; the pet owns the relation through a {@code pet_id} join column, as in PetClinic. */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {

	@Column(name = "visit_date")
	private LocalDate date;

	private String description;

	public Visit() {
		this.date = LocalDate.now();
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
