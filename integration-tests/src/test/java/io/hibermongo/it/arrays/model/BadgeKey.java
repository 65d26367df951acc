package io.hibermongo.it.arrays.model;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/** A composite id: the owner key of its element collections is an {@code _id} sub-document. */
@Embeddable
public class BadgeKey implements Serializable {

	private String site;
	private int number;

	protected BadgeKey() {
	}

	public BadgeKey(String site, int number) {
		this.site = site;
		this.number = number;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BadgeKey that && Objects.equals( site, that.site ) && number == that.number;
	}

	@Override
	public int hashCode() {
		return Objects.hash( site, number );
	}
}
