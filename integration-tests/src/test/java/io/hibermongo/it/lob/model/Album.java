package io.hibermongo.it.lob.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

/** Owns its pictures: removing one from the list deletes it (orphan removal), and with it its file. */
@Entity
public class Album {

	@Id
	private Long id;

	@OneToMany(mappedBy = "album", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Picture> pictures = new ArrayList<>();

	public Album() {
	}

	public Album(Long id) {
		this.id = id;
	}

	public List<Picture> getPictures() { return pictures; }

	public void add(Picture picture) {
		picture.setAlbum( this );
		pictures.add( picture );
	}
}
