package io.hibermongo.it.differential.clinic;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/**
 * A pet: an EAGER {@code @ManyToOne} to its type (loaded with the pet in one command), a lazy one to its
 * owner (nullable: a stray), and a lazy inverse set of visits.
 */
@Entity
public class Pet {

	@Id
	private Long id;

	private String name;
	private Integer weight;

	@ManyToOne
	private PetType type;

	@ManyToOne(fetch = FetchType.LAZY)
	private Owner owner;

	@OneToMany(mappedBy = "pet")
	private Set<Visit> visits = new HashSet<>();

	protected Pet() {
	}

	public Pet(Long id, String name, Integer weight, PetType type, Owner owner) {
		this.id = id;
		this.name = name;
		this.weight = weight;
		this.type = type;
		this.owner = owner;
		if ( owner != null ) {
			owner.pets().add( this );
		}
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public Integer weight() {
		return weight;
	}

	public PetType type() {
		return type;
	}

	public Owner owner() {
		return owner;
	}

	public Set<Visit> visits() {
		return visits;
	}
}
