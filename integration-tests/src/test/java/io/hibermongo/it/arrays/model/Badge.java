package io.hibermongo.it.arrays.model;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** A composite id owner with two EAGER collections, the root of a SINGLE_TABLE hierarchy. */
@Entity(name = "Badge")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorValue("badge")
public class Badge {

	@EmbeddedId
	private BadgeKey key;

	@ElementCollection(fetch = FetchType.EAGER)
	private Set<String> doors = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	private Set<Integer> floors = new LinkedHashSet<>();

	protected Badge() {
	}

	public Badge(BadgeKey key) {
		this.key = key;
	}

	public BadgeKey getKey() {
		return key;
	}

	public Set<String> getDoors() {
		return doors;
	}

	public Set<Integer> getFloors() {
		return floors;
	}
}
