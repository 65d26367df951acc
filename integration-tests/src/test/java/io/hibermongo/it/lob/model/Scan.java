package io.hibermongo.it.lob.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

@Embeddable
public class Scan {

	private String label;

	@Lob
	private byte[] image;

	public Scan() {
	}

	public Scan(String label, byte[] image) {
		this.label = label;
		this.image = image;
	}

	public String getLabel() {
		return label;
	}

	public byte[] getImage() {
		return image;
	}
}
