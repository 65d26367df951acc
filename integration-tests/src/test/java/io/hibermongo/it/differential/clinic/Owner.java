package io.hibermongo.it.differential.clinic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.BatchSize;

/**
 * A pet owner with a lazy inverse collection of pets ({@code @OneToMany(mappedBy)}, batch fetched) and
 * an embedded contact holding a {@code @ManyToOne}.
 */
@Entity
public class Owner {

	@Id
	private Long id;

	private String lastName;
	private String city;

	@Embedded
	private Contact contact;

	@OneToMany(mappedBy = "owner")
	@OrderBy("id")
	@BatchSize(size = 100)
	private List<Pet> pets = new ArrayList<>();

	protected Owner() {
	}

	public Owner(Long id, String lastName, String city) {
		this.id = id;
		this.lastName = lastName;
		this.city = city;
	}

	public Owner contact(Contact contact) {
		this.contact = contact;
		return this;
	}

	public Contact contact() {
		return contact;
	}

	public Long id() {
		return id;
	}

	public String lastName() {
		return lastName;
	}

	public String city() {
		return city;
	}

	public List<Pet> pets() {
		return pets;
	}
}
