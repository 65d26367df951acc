package io.hibermongo.it.arrays.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** An owner of one element collection of each kind. */
@Entity(name = "Contact")
public class Contact {

	@Id
	private Long id;

	private String name;

	@Version
	private int version;

	@ElementCollection
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	private List<Address> addresses = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<String> phones = new ArrayList<>();

	@ElementCollection
	private Map<String, Integer> scores = new HashMap<>();

	@ElementCollection
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Kind, Address> byKind = new HashMap<>();

	@ElementCollection
	@Enumerated(EnumType.STRING)
	private Set<Kind> kinds = new HashSet<>();

	protected Contact() {
	}

	public Contact(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getVersion() {
		return version;
	}

	public Set<String> getTags() {
		return tags;
	}

	public void setTags(Set<String> tags) {
		this.tags = tags;
	}

	public List<Address> getAddresses() {
		return addresses;
	}

	public void setAddresses(List<Address> addresses) {
		this.addresses = addresses;
	}

	public List<String> getPhones() {
		return phones;
	}

	public void setPhones(List<String> phones) {
		this.phones = phones;
	}

	public Map<String, Integer> getScores() {
		return scores;
	}

	public void setScores(Map<String, Integer> scores) {
		this.scores = scores;
	}

	public Map<Kind, Address> getByKind() {
		return byKind;
	}

	public Set<Kind> getKinds() {
		return kinds;
	}
}
