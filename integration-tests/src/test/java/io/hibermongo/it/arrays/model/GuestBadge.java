package io.hibermongo.it.arrays.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;

/** A subclass adding an element collection of its own, stored in the same documents. */
@Entity(name = "GuestBadge")
@DiscriminatorValue("guest")
public class GuestBadge extends Badge {

	@ElementCollection
	private Set<String> hosts = new HashSet<>();

	protected GuestBadge() {
	}

	public GuestBadge(BadgeKey key) {
		super( key );
	}

	public Set<String> getHosts() {
		return hosts;
	}
}
