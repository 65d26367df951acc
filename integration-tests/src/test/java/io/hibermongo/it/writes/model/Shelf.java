package io.hibermongo.it.writes.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A versioned owner of five element collections of every kind (an ordered list, a set, a map, a bag of
 * embeddables, a set of numbers) and a LOB, for the tests of inserts whose collection rows are folded into
 * the inserted document; its collection is {@value #COLLECTION}.
 */
@Entity
public class Shelf {

	/** The collection (the table name) the dialect stores shelves in. */
	public static final String COLLECTION = "Shelf";

	@Id
	private Long id;

	private String label;

	@Version
	private int version;

	@Lob
	private byte[] cover;

	@ElementCollection
	@OrderColumn
	private List<String> titles = new ArrayList<>();

	@ElementCollection
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	private Map<String, String> notes = new HashMap<>();

	@ElementCollection
	private List<Dimension> sizes = new ArrayList<>();

	@ElementCollection
	private Set<Integer> ratings = new HashSet<>();

	protected Shelf() {
	}

	public Shelf(Long id, String label) {
		this.id = id;
		this.label = label;
	}

	public Long getId() { return id; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public int getVersion() { return version; }
	public byte[] getCover() { return cover; }
	public void setCover(byte[] cover) { this.cover = cover; }
	public List<String> getTitles() { return titles; }
	public Set<String> getTags() { return tags; }
	public Map<String, String> getNotes() { return notes; }
	public List<Dimension> getSizes() { return sizes; }
	public Set<Integer> getRatings() { return ratings; }

	/** Makes the ratings NULL (no field in the document) rather than empty. */
	public Shelf withoutRatings() {
		ratings = null;
		return this;
	}
}
