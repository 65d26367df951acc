package io.hibermongo.benchmarks;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;

/**
 * Changes the quantity of items one by one: {@code updateOne({_id: id}, {$set: {quantity: q}})} against
 * {@code em.find}, a setter and a commit every {@value #TRANSACTION_SIZE} items, the updates flushed as JDBC
 * batches.
 */
final class UpdateById extends Workload {

    private static final int TRANSACTION_SIZE = 500;

    /** Above every sample quantity, so that each update changes the entity and is counted afterwards. */
    private static final int UPDATED_QUANTITY = 1000;

    UpdateById(MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory) {
        super(collection, entityManagerFactory);
    }

    @Override
    String name() {
        return "update by id";
    }

    @Override
    int operations() {
        return 5_000;
    }

    @Override
    void prepare(int operations) {
        super.prepare(operations);
        insertItems(operations);
    }

    @Override
    long withDriver(int operations) {
        for (long id = 1; id <= operations; id++) {
            collection.updateOne(eq("_id", id), set("quantity", updatedQuantity(id)));
        }
        return operations;
    }

    @Override
    long withHibermongo(int operations) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            for (long first = 1; first <= operations; first += TRANSACTION_SIZE) {
                em.getTransaction().begin();
                for (long id = first; id < first + TRANSACTION_SIZE && id <= operations; id++) {
                    em.find(BenchItem.class, id).setQuantity(updatedQuantity(id));
                }
                em.getTransaction().commit();
                em.clear();
            }
        }
        return operations;
    }

    @Override
    long outcome(long seen) {
        return collection.countDocuments(gte("quantity", UPDATED_QUANTITY));
    }

    private static int updatedQuantity(long id) {
        return UPDATED_QUANTITY + (int) (id % 100);
    }
}
