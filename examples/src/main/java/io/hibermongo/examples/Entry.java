package io.hibermongo.examples;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * A blog entry, the model of Djongo's blog example written as a plain JPA entity: one document in the
 * {@code entry} collection, with the blog and the author as nested documents, its tags as an array of
 * strings (a basic {@code List<String>}, no annotation) and its comments as an array of sub-documents (an
 * {@code @ElementCollection} of an embeddable, Djongo's {@code ArrayField} of embedded documents).
 *
 * <p>Both embeddables have a {@code name}; the overrides give them distinct columns, exactly as the same
 * entity would need on a relational database.
 */
@Entity
@Table(name = "entry")
public class Entry {

    @Id
    private ObjectId id;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "blog_name"))
    private Blog blog;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "author_name"))
    private Author author;

    private String headline;
    private String bodyText;
    private LocalDate pubDate;
    private LocalDateTime modDate;
    private int nComments;
    private Integer rating;
    private List<String> tags = new ArrayList<>();

    @ElementCollection
    private List<Comment> comments = new ArrayList<>();

    protected Entry() {
    }

    /** A new entry, last modified when published; a {@code null} rating means "not rated yet". */
    public Entry(Blog blog, Author author, String headline, String bodyText, LocalDate pubDate, int nComments,
            Integer rating) {
        this.id = new ObjectId();
        this.blog = blog;
        this.author = author;
        this.headline = headline;
        this.bodyText = bodyText;
        this.pubDate = pubDate;
        this.modDate = pubDate.atStartOfDay();
        this.nComments = nComments;
        this.rating = rating;
    }

    public ObjectId getId() {
        return id;
    }

    public Blog getBlog() {
        return blog;
    }

    public Author getAuthor() {
        return author;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBodyText() {
        return bodyText;
    }

    public LocalDate getPubDate() {
        return pubDate;
    }

    public LocalDateTime getModDate() {
        return modDate;
    }

    public int getNComments() {
        return nComments;
    }

    public Integer getRating() {
        return rating;
    }

    public List<String> getTags() {
        return tags;
    }

    /** The same entry with these tags; for building the example's entries. */
    public Entry tagged(String... tags) {
        this.tags = new ArrayList<>(List.of(tags));
        return this;
    }

    public List<Comment> getComments() {
        return comments;
    }
}
