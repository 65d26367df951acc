package io.hibermongo.examples;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bson.types.ObjectId;

/**
 * A blog, Djongo's {@code Blog} model: a document of its own in the {@code blog} collection, which each
 * {@link Entry} references by id ({@code blog_id}, a {@code @ManyToOne}).
 */
@Entity
@Table(name = "blog")
public class Blog {

    @Id
    private ObjectId id;

    private String name;
    private String tagline;

    protected Blog() {
    }

    public Blog(String name, String tagline) {
        this.id = new ObjectId();
        this.name = name;
        this.tagline = tagline;
    }

    public ObjectId getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }
}
