package io.hibermongo.spring.boot.petclinic.owner;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.spring.boot.petclinic.model.Person;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An owner and its pets, loaded with it and saved with it. */
@Entity
@Table(name = "owners")
public class Owner extends Person {

	@Column(name = "address")
	private String address;

	@Column(name = "city")
	private String city;

	@Column(name = "telephone")
	private String telephone;

	@OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@OrderBy("name")
	private final List<Pet> pets = new ArrayList<>();

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getTelephone() {
		return telephone;
	}

	public void setTelephone(String telephone) {
		this.telephone = telephone;
	}

	public List<Pet> getPets() {
		return pets;
	}

	public void addPet(Pet pet) {
		if ( pet.isNew() ) {
			getPets().add( pet );
		}
		pet.setOwner( this );
	}

	/** The pet of this name, or null. */
	public Pet getPet(String name) {
		for ( Pet pet : getPets() ) {
			if ( !pet.isNew() && pet.getName().equalsIgnoreCase( name ) ) {
				return pet;
			}
		}
		return null;
	}

	/** The pet with this id, or null. */
	public Pet getPet(Integer id) {
		for ( Pet pet : getPets() ) {
			if ( !pet.isNew() && pet.getId().equals( id ) ) {
				return pet;
			}
		}
		return null;
	}

	/** Adds a visit to one of this owner's pets. */
	public void addVisit(Integer petId, Visit visit) {
		Pet pet = getPet( petId );
		if ( pet == null ) {
			throw new IllegalArgumentException( "Invalid Pet identifier: " + petId );
		}
		pet.addVisit( visit );
	}
}
