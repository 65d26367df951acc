package io.hibermongo.it.writes.model;

import jakarta.persistence.Embeddable;

/** An embeddable element of {@link Shelf#getSizes()}. */
@Embeddable
public class Dimension {

	private int width;

	private Integer height;

	protected Dimension() {
	}

	public Dimension(int width, Integer height) {
		this.width = width;
		this.height = height;
	}

	public int getWidth() { return width; }
	public Integer getHeight() { return height; }
}
