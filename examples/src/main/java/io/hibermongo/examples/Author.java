package io.hibermongo.examples;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.bson.types.ObjectId;

/**
 * An author, Djongo's {@code Author} model: a document of its own in the {@code author} collection. The
 * entries hold their authors' ids ({@code authors: [id, …]}, a {@code @ManyToMany}); {@link #getEntries()}
 * is the inverse side, which stores nothing and is read by looking up the entries whose array holds this id.
 */
@Entity
@Table(name = "author")
public class Author {

    @Id
    private ObjectId id;

    private String name;
    private String email;

    @ManyToMany(mappedBy = "authors")
    private Set<Entry> entries = new HashSet<>();

    protected Author() {
    }

    public Author(String name, String email) {
        this.id = new ObjectId();
        this.name = name;
        this.email = email;
    }

    public ObjectId getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Set<Entry> getEntries() {
        return entries;
    }
}
