package io.hibermongo.spring.boot.petclinic.pharmacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.spring.boot.petclinic.model.BaseEntity;
import io.hibermongo.spring.boot.petclinic.vet.Vet;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * A prescribed medicine with its tags ({@code Set<String>}) and doses ({@code List<Dose>}), arrays in its document, and
 * the vets who may prescribe it ({@code @ManyToMany}, an array of their ids).
 */
@Entity
@Table(name = "prescriptions")
public class Prescription extends BaseEntity {

	private String medicine;

	@ElementCollection
	private Set<String> tags = new LinkedHashSet<>();

	@ElementCollection
	private List<Dose> doses = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "prescription_vets")
	private Set<Vet> vets = new LinkedHashSet<>();

	protected Prescription() {
	}

	public Prescription(String medicine, Set<String> tags, List<Dose> doses) {
		this.medicine = medicine;
		this.tags = new LinkedHashSet<>( tags );
		this.doses = new ArrayList<>( doses );
	}

	public String getMedicine() {
		return medicine;
	}

	public Set<String> getTags() {
		return tags;
	}

	public List<Dose> getDoses() {
		return doses;
	}

	/** The vets who may prescribe it. */
	public Set<Vet> getVets() {
		return vets;
	}
}
