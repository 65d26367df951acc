package io.hibermongo.examples;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bson.types.ObjectId;

/**
 * A blog entry, the model of Djongo's blog example written as a plain JPA entity: one document in the
 * {@code entry} collection, with the blog and the author as nested documents.
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
}
