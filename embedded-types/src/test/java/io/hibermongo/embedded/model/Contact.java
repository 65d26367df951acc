package io.hibermongo.embedded.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;

/** One element collection of each kind, for the golden tests. */
@Entity(name = "Contact")
public class Contact {

	@Id
	public Long id;

	public String name;

	@ElementCollection
	public Set<String> tags = new HashSet<>();

	@ElementCollection
	@OrderColumn
	public List<String> phones = new ArrayList<>();

	@ElementCollection
	public Map<String, Integer> scores = new HashMap<>();

	@ElementCollection
	public List<Address> addresses = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	public Set<String> labels = new HashSet<>();

	@ElementCollection
	public Set<Point> points = new HashSet<>();

	public Contact() {
	}

	public Contact(Long id) {
		this.id = id;
	}
}
