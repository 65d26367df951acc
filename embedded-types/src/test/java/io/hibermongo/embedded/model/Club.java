package io.hibermongo.embedded.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** The inverse side of a {@code @ManyToMany}: its members' documents hold the clubs' ids. */
@Entity(name = "Club")
public class Club {

	@Id
	public Long id;

	public String name;

	@ManyToMany(mappedBy = "clubs")
	public Set<Member> members = new HashSet<>();
}
