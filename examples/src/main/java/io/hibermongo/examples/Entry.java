package io.hibermongo.examples;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.hibernate.annotations.BatchSize;

/**
 * A blog entry, the model of Djongo's blog example written as a plain JPA entity: one document in the
 * {@code entry} collection that references its blog by id ({@code blog_id}, a {@code @ManyToOne}) and holds
 * its authors' ids as an array ({@code authors: [id, …]}, a {@code @ManyToMany}), with its tags as an array
 * of strings (a basic {@code List<String>}, no annotation) and its comments as an array of sub-documents (an
 * {@code @ElementCollection} of an embeddable, Djongo's {@code ArrayField} of embedded documents).
 */
@Entity
@Table(name = "entry")
public class Entry {

    @Id
    private ObjectId id;

    @ManyToOne
    private Blog blog;

    /** Loaded with the entry (in batches for the entries of one query), so a printed entry names its authors. */
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchSize(size = 20)
    private Set<Author> authors = new LinkedHashSet<>();

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
    public Entry(Blog blog, List<Author> authors, String headline, String bodyText, LocalDate pubDate, int nComments,
            Integer rating) {
        this.id = new ObjectId();
        this.blog = blog;
        this.authors.addAll(authors);
        authors.forEach(author -> author.getEntries().add(this));
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

    public Set<Author> getAuthors() {
        return authors;
    }

    /** The authors' names, in alphabetical order, separated by commas. */
    public String getAuthorNames() {
        return String.join(", ", authors.stream().map(Author::getName).sorted(Comparator.naturalOrder()).toList());
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
