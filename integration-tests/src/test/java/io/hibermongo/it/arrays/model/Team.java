package io.hibermongo.it.arrays.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

/** Owns its members: removing one from the set deletes it (orphan removal). */
@Entity(name = "Team")
public class Team {

	@Id
	private Long id;

	@OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<Member> members = new HashSet<>();

	protected Team() {
	}

	public Team(Long id) {
		this.id = id;
	}

	public Long getId() {
		return id;
	}

	public Set<Member> getMembers() {
		return members;
	}
}
