package io.hibermongo.it.lob.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;

@Entity
public class Picture {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Album album;

	@Lob
	private byte[] pixels;

	public Picture() {
	}

	public Picture(Long id, byte[] pixels) {
		this.id = id;
		this.pixels = pixels;
	}

	public Long getId() { return id; }
	public Album getAlbum() { return album; }
	void setAlbum(Album album) { this.album = album; }
	public byte[] getPixels() { return pixels; }
}
