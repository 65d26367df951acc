package io.hibermongo.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The items both sides of the benchmark work with, derived from the id alone so that the entity and the
 * hand-built document for an id are always the same data. Ids run from 1 to the size of the data set.
 */
final class SampleItems {

    static final int CATEGORIES = 10;

    private SampleItems() {
    }

    static String category(long id) {
        return "category-" + id % CATEGORIES;
    }

    /** Distinct for every id below 100,000 (7919 is prime to 100,000), so sorting by price has no ties. */
    static double price(long id) {
        return id * 7919 % 100_000 / 100.0;
    }

    static BenchItem entity(long id) {
        return new BenchItem(id, name(id), category(id), price(id), quantity(id),
                new Dimensions(width(id), height(id)));
    }

    static Document document(long id) {
        return new Document("_id", id)
                .append("name", name(id))
                .append("category", category(id))
                .append("price", price(id))
                .append("quantity", quantity(id))
                .append("dimensions", new Document("width", width(id)).append("height", height(id)));
    }

    /** The documents for ids {@code first} to {@code last}, inclusive. */
    static List<Document> documents(long first, long last) {
        List<Document> documents = new ArrayList<>((int) (last - first + 1));
        for (long id = first; id <= last; id++) {
            documents.add(document(id));
        }
        return documents;
    }

    private static String name(long id) {
        return "item-" + id;
    }

    private static int quantity(long id) {
        return (int) (id % 100);
    }

    private static double width(long id) {
        return 1 + id % 50;
    }

    private static double height(long id) {
        return 1 + id % 30;
    }
}
