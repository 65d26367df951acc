package io.hibermongo.it.differential.clinic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/**
 * A team whose players are a bag ({@code @ManyToMany List} without order column): its document holds their
 * ids ({@code players: [1, 1, 2]}), and a player may be in it twice, as a join table without a key allows.
 */
@Entity
public class Team {

	@Id
	private Long id;
	private String name;
	@ManyToMany
	private List<Player> players = new ArrayList<>();

	protected Team() {
	}

	public Team(Long id, String name, List<Player> players) {
		this.id = id;
		this.name = name;
		this.players.addAll( players );
		players.forEach( player -> player.teams().add( this ) );
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}
}
