package io.hibermongo.examples.springblog;

import jakarta.persistence.Embeddable;

/** The blog an entry belongs to, embedded in the entry's document ({@code blog: {name, tagline}}). */
@Embeddable
public class Blog {

	private String name;
	private String tagline;

	protected Blog() {
	}

	public Blog(String name, String tagline) {
		this.name = name;
		this.tagline = tagline;
	}

	public String getName() {
		return name;
	}

	public String getTagline() {
		return tagline;
	}
}
