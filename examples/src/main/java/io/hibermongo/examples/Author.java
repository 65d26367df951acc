package io.hibermongo.examples;

import jakarta.persistence.Embeddable;

/** Who wrote an {@link Entry}, stored as a nested {@code author} document inside the entry. */
@Embeddable
public class Author {

    private String name;
    private String email;

    protected Author() {
    }

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
