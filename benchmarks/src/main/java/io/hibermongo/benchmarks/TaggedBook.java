package io.hibermongo.benchmarks;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * A book with an EAGER element collection of five tags, stored as
 * {@code {_id: 7, title: "book-7", pages: 107, tags: ["tag-7", "tag-8", …]}}: the tags are an array in the
 * book's document, loaded with the book in one read.
 */
@Entity
@Table(name = TaggedBook.COLLECTION)
public class TaggedBook {

    public static final String COLLECTION = "tagged_book";

    static final int TAGS = 5;

    /** How many distinct tags there are: each tag is on {@value #TAGS} of every {@value #TAG_COUNT} books. */
    static final int TAG_COUNT = 50;

    @Id
    private Long id;

    private String title;

    private int pages;

    @ElementCollection(fetch = FetchType.EAGER)
    private Set<String> tags = new LinkedHashSet<>();

    protected TaggedBook() {
    }

    TaggedBook(long id) {
        this.id = id;
        this.title = "book-" + id;
        this.pages = pages(id);
        this.tags.addAll(tags(id));
    }

    Set<String> getTags() {
        return tags;
    }

    static int pages(long id) {
        return (int) (id * 7919 % 1000);
    }

    static List<String> tags(long id) {
        return java.util.stream.LongStream.range(0, TAGS).mapToObj(i -> "tag-" + (id + i) % TAG_COUNT).toList();
    }

    /** The document the driver side writes for the book {@code id}: the same data as the entity. */
    static Document document(long id) {
        return new Document("_id", id).append("title", "book-" + id).append("pages", pages(id)).append("tags", tags(id));
    }
}
