package io.hibermongo.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.bson.Document;

/** A book referencing its author by id, {@code {_id: 7, title: "book-7", pages: 107, author_id: 8}}. */
@Entity
@Table(name = BenchBook.COLLECTION)
public class BenchBook {

    public static final String COLLECTION = "bench_book";

    @Id
    private Long id;

    private String title;

    private int pages;

    @ManyToOne(fetch = FetchType.LAZY)
    private BenchAuthor author;

    protected BenchBook() {
    }

    BenchBook(long id, BenchAuthor author) {
        this.id = id;
        this.title = "book-" + id;
        this.pages = (int) (100 + id % 400);
        this.author = author;
    }

    /** The id of the author of book {@code id}: the books are spread evenly over {@code authors} authors. */
    static long authorOf(long id, int authors) {
        return id % authors + 1;
    }

    /** The document the driver side writes for book {@code id}, the same as the entity's. */
    static Document document(long id, int authors) {
        return new Document("_id", id).append("title", "book-" + id).append("pages", (int) (100 + id % 400))
                .append("author_id", authorOf(id, authors));
    }

    public BenchAuthor getAuthor() {
        return author;
    }
}
