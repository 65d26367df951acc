package io.hibermongo.it.arrays.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;

/** An embedded value holding element collections of its own. */
@Embeddable
public class Details {

	private String bio;

	@ElementCollection
	private Set<String> nicknames = new HashSet<>();

	@ElementCollection
	private Map<Slot, String> agenda = new HashMap<>();

	public String getBio() {
		return bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public Set<String> getNicknames() {
		return nicknames;
	}

	public Map<Slot, String> getAgenda() {
		return agenda;
	}
}
