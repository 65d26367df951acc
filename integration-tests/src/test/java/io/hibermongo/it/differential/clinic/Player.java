package io.hibermongo.it.differential.clinic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** A player, with the inverse side of {@link Team}'s bag: a join from here reads the teams' id arrays. */
@Entity
public class Player {

	@Id
	private Long id;
	private String name;
	@ManyToMany(mappedBy = "players")
	private List<Team> teams = new ArrayList<>();

	protected Player() {
	}

	public Player(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public List<Team> teams() {
		return teams;
	}
}
