package io.hibermongo.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bson.Document;

/** An author in a collection of its own, {@code {_id: 7, name: "author-7", country: "country-7"}}. */
@Entity
@Table(name = BenchAuthor.COLLECTION)
public class BenchAuthor {

    public static final String COLLECTION = "bench_author";

    /** How many countries the authors come from: author {@code id} is from country {@code id % COUNTRIES}. */
    static final int COUNTRIES = 10;

    @Id
    private Long id;

    private String name;

    private String country;

    protected BenchAuthor() {
    }

    BenchAuthor(long id) {
        this.id = id;
        this.name = "author-" + id;
        this.country = country(id);
    }

    static String country(long id) {
        return "country-" + id % COUNTRIES;
    }

    /** The document the driver side writes for author {@code id}, the same as the entity's. */
    static Document document(long id) {
        return new Document("_id", id).append("name", "author-" + id).append("country", country(id));
    }

    public String getName() {
        return name;
    }
}
