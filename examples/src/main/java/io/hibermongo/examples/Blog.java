package io.hibermongo.examples;

import jakarta.persistence.Embeddable;

/** The blog an {@link Entry} was posted on, stored as a nested {@code blog} document inside the entry. */
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
