package io.hibermongo.it.arrays.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A team member with an element collection, removed as an orphan. */
@Entity(name = "Member")
public class Member {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Team team;

	@ElementCollection
	private Set<String> skills = new HashSet<>();

	protected Member() {
	}

	public Member(Long id, Team team) {
		this.id = id;
		this.team = team;
	}

	public Long getId() {
		return id;
	}

	public Set<String> getSkills() {
		return skills;
	}
}
