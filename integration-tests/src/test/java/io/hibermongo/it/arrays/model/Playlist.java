package io.hibermongo.it.arrays.model;

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

/** An owner without {@code @Version}, so each collection change is exactly its own writes. */
@Entity(name = "Playlist")
public class Playlist {

	@Id
	private Long id;

	@ElementCollection
	@OrderColumn
	private List<String> tracks = new ArrayList<>();

	@ElementCollection
	private Set<String> tags = new HashSet<>();

	@ElementCollection
	private Map<String, String> notes = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	private Set<String> genres = new HashSet<>();

	protected Playlist() {
	}

	public Playlist(Long id) {
		this.id = id;
	}

	public Long getId() {
		return id;
	}

	public List<String> getTracks() {
		return tracks;
	}

	public Set<String> getTags() {
		return tags;
	}

	public Map<String, String> getNotes() {
		return notes;
	}

	public Set<String> getGenres() {
		return genres;
	}

	/** Leaves only {@link #getTags()} set: the other collections become NULL. */
	public Playlist onlyTags() {
		tracks = null;
		notes = null;
		genres = null;
		return this;
	}
}
