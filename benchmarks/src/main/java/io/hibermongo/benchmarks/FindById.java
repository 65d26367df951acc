package io.hibermongo.benchmarks;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bson.Document;

/**
 * Looks items up one by one in a shuffled order: {@code find({_id: id}).first()} against {@code em.find}
 * with an emptied persistence context before every lookup, so that each one reaches the server.
 */
final class FindById extends Workload {

    private List<Long> ids = List.of();

    FindById(MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory) {
        super(collection, entityManagerFactory);
    }

    @Override
    String name() {
        return "find by id";
    }

    @Override
    int operations() {
        return 20_000;
    }

    @Override
    void prepare(int operations) {
        super.prepare(operations);
        insertItems(operations);
        List<Long> shuffled = new ArrayList<>(operations);
        for (long id = 1; id <= operations; id++) {
            shuffled.add(id);
        }
        Collections.shuffle(shuffled, new Random(42));
        ids = shuffled;
    }

    @Override
    long withDriver(int operations) {
        long found = 0;
        for (Long id : ids) {
            if (collection.find(eq("_id", id)).first() != null) {
                found++;
            }
        }
        return found;
    }

    @Override
    long withHibermongo(int operations) {
        long found = 0;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            for (Long id : ids) {
                em.clear();
                if (em.find(BenchItem.class, id) != null) {
                    found++;
                }
            }
        }
        return found;
    }
}
