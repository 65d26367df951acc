package io.hibermongo.it.differential.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;

/**
 * The owner of one element collection of each kind, for the differential test of element collections:
 * a set, a bag of embeddables (with a nested embeddable), an {@code @OrderColumn} list and two maps.
 */
@Entity(name = "Basket")
public class Basket {

	@Id
	private Long id;

	private String owner;

	@ElementCollection
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	private List<Line> lines = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	private Map<String, Integer> stock = new HashMap<>();

	@ElementCollection
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Tier, Line> byTier = new HashMap<>();

	protected Basket() {
	}

	public Basket(Long id, String owner) {
		this.id = id;
		this.owner = owner;
	}

	public Long getId() {
		return id;
	}

	public Set<String> getTags() {
		return tags;
	}

	public void setTags(Set<String> tags) {
		this.tags = tags;
	}

	public List<Line> getLines() {
		return lines;
	}

	public List<String> getSteps() {
		return steps;
	}

	public void setSteps(List<String> steps) {
		this.steps = steps;
	}

	public Map<String, Integer> getStock() {
		return stock;
	}

	public void setStock(Map<String, Integer> stock) {
		this.stock = stock;
	}

	public Map<Tier, Line> getByTier() {
		return byTier;
	}

	/** Sets every collection to NULL (relationally the same as empty; in the document, no fields). */
	public Basket withoutCollections() {
		tags = null;
		lines = null;
		steps = null;
		stock = null;
		byTier = null;
		return this;
	}
}
