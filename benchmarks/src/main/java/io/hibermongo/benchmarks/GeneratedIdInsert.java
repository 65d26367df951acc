package io.hibermongo.benchmarks;

import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.bson.Document;

/**
 * Persists new entities whose ids Hibermongo generates, against the driver's {@code insertMany} of
 * documents whose ids the application assigned itself: the price of generated ids.
 */
final class GeneratedIdInsert extends Workload {

    private final String name;
    private final LongFunction<Object> entity;

    GeneratedIdInsert(String name, MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory,
            LongFunction<Object> entity) {
        super(collection, entityManagerFactory);
        this.name = name;
        this.entity = entity;
    }

    @Override
    String name() {
        return name;
    }

    @Override
    int operations() {
        return 20_000;
    }

    @Override
    long withDriver(int operations) {
        for (long first = 1; first <= operations; first += CHUNK) {
            List<Document> documents = new ArrayList<>(CHUNK);
            for (long id = first; id < first + CHUNK && id <= operations; id++) {
                documents.add(new Document("_id", id).append("name", "item-" + id).append("category", SampleItems.category(id))
                        .append("price", SampleItems.price(id)).append("quantity", (int) (id % 100)));
            }
            collection.insertMany(documents);
        }
        return operations;
    }

    @Override
    long withHibermongo(int operations) {
        persistInChunks(operations, entity);
        return operations;
    }

    @Override
    long outcome(long seen) {
        return collection.countDocuments();
    }

    static Object sequenced(long id) {
        return new SequencedItem("item-" + id, SampleItems.category(id), SampleItems.price(id), (int) (id % 100));
    }

    static Object identity(long id) {
        return new IdentityItem("item-" + id, SampleItems.category(id), SampleItems.price(id), (int) (id % 100));
    }
}
