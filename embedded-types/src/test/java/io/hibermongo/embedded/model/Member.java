package io.hibermongo.embedded.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** The owning side of a {@code @ManyToMany}: the clubs' ids as an array in the member's document. */
@Entity(name = "Member")
public class Member {

	@Id
	public Long id;

	public String name;

	@ManyToMany
	public Set<Club> clubs = new HashSet<>();
}
