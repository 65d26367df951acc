package io.hibermongo.spring.boot.petclinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** PetClinic's base class of owners and vets. */
@MappedSuperclass
public class Person extends BaseEntity {

	@Column(name = "first_name")
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}
}
