package io.hibermongo.it.differential.clinic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A clinic with a unidirectional {@code @OneToMany} whose foreign key is a field of the rooms' documents. */
@Entity
public class Clinic {

	@Id
	private Long id;

	private String name;

	@OneToMany
	@JoinColumn(name = "clinic_id")
	@OrderBy("id")
	private List<Room> rooms = new ArrayList<>();

	protected Clinic() {
	}

	public Clinic(Long id, String name, Room... rooms) {
		this.id = id;
		this.name = name;
		this.rooms.addAll( List.of( rooms ) );
	}

	public String name() {
		return name;
	}

	public List<Room> rooms() {
		return rooms;
	}
}
