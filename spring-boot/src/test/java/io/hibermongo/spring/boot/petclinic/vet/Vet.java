package io.hibermongo.spring.boot.petclinic.vet;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.spring.boot.petclinic.model.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;

/** A vet and its specialties, loaded with it (a {@code @ManyToMany} join table, an array of ids on MongoDB). */
@Entity
@Table(name = "vets")
@NamedEntityGraph(name = Vet.WITH_SPECIALTIES, attributeNodes = @NamedAttributeNode("specialties"))
public class Vet extends Person {

	/** The entity graph that loads a vet's specialties with it. */
	public static final String WITH_SPECIALTIES = "Vet.specialties";

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
			inverseJoinColumns = @JoinColumn(name = "specialty_id"))
	private Set<Specialty> specialties = new HashSet<>();

	/** The specialties, by name. */
	public List<Specialty> getSpecialties() {
		return specialties.stream().sorted( Comparator.comparing( Specialty::getName ) ).toList();
	}

	public int getNrOfSpecialties() {
		return specialties.size();
	}

	public void addSpecialty(Specialty specialty) {
		specialties.add( specialty );
	}
}
