package io.hibermongo.embedded.model;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An embeddable whose columns are all NOT NULL: Hibernate deletes single rows of a set of them (with a
 * nullable column it rewrites the whole set instead).
 */
@Embeddable
public class Point {

	@Column(nullable = false)
	public int x;
	@Column(nullable = false)
	public int y;

	public Point() {
	}

	public Point(int x, int y) {
		this.x = x;
		this.y = y;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Point that && x == that.x && y == that.y;
	}

	@Override
	public int hashCode() {
		return Objects.hash( x, y );
	}
}
