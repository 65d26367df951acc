package io.hibermongo.it.differential.clinic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;

/**
 * A vet: an EAGER {@code @ManyToMany} to specialties (PetClinic's mapping), stored as an array of their
 * ids in the vet's document, and a unidirectional {@code @OneToMany} with a join table to rooms, stored
 * likewise.
 */
@Entity
public class Vet {

	@Id
	private Long id;

	private String name;

	@ManyToMany(fetch = FetchType.EAGER)
	private Set<Specialty> specialties = new HashSet<>();

	@OneToMany
	@JoinTable(name = "Vet_rooms")
	private List<Room> rooms = new ArrayList<>();

	protected Vet() {
	}

	public Vet(Long id, String name, List<Specialty> specialties, List<Room> rooms) {
		this.id = id;
		this.name = name;
		this.specialties.addAll( specialties );
		specialties.forEach( specialty -> specialty.vets().add( this ) );
		this.rooms.addAll( rooms );
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public Set<Specialty> specialties() {
		return specialties;
	}

	public List<Room> rooms() {
		return rooms;
	}
}
