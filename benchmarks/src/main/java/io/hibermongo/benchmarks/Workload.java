package io.hibermongo.benchmarks;

import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntToLongFunction;
import java.util.function.LongFunction;
import org.bson.Document;

/**
 * One kind of work, done once by hand with the driver and once through Hibermongo, on the same
 * collection. A run is given its number of operations; only the run itself is timed.
 */
abstract class Workload {

    /** How many documents a transaction or an {@code insertMany} holds where the work is chunked. */
    static final int CHUNK = 1000;

    protected final MongoCollection<Document> collection;
    protected final EntityManagerFactory entityManagerFactory;

    Workload(MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory) {
        this.collection = collection;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** What the table calls this workload. */
    abstract String name();

    /** How many operations a measured run does. */
    abstract int operations();

    /** Untimed, before every run: an empty collection, plus what a run of {@code operations} reads. */
    void prepare(int operations) {
        collection.drop();
    }

    /** Does the work by hand with the driver; returns the number of documents the run saw. */
    abstract long withDriver(int operations);

    /** Does the work through JPA; returns the number of documents (entities) the run saw. */
    abstract long withHibermongo(int operations);

    /**
     * Untimed, after every run: the number both sides must agree on for the run to count. By default the
     * documents the run saw; workloads that write count what they left in the collection instead.
     */
    long outcome(long seen) {
        return seen;
    }

    /** Inserts the sample items with ids 1 to {@code count} with the driver, {@value #CHUNK} at a time. */
    protected final void insertItems(int count) {
        for (long first = 1; first <= count; first += CHUNK) {
            collection.insertMany(SampleItems.documents(first, Math.min(first + CHUNK - 1, count)));
        }
    }

    /** Persists the entities for ids 1 to {@code count}, {@value #CHUNK} per transaction (and JDBC batch). */
    protected final void persistInChunks(int count, LongFunction<Object> entity) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            for (long first = 1; first <= count; first += CHUNK) {
                em.getTransaction().begin();
                for (long id = first; id < first + CHUNK && id <= count; id++) {
                    em.persist(entity.apply(id));
                }
                em.getTransaction().commit();
                em.clear();
            }
        }
    }

    /**
     * Runs query number 0 to {@code operations - 1} through JPA, each in an emptied persistence context, and
     * returns the number of rows they returned.
     */
    protected final long queryEach(int operations, BiFunction<EntityManager, Integer, List<?>> query) {
        long seen = 0;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            for (int number = 0; number < operations; number++) {
                em.clear();
                seen += query.apply(em, number).size();
            }
        }
        return seen;
    }

    /** Prepares, runs {@code side} timed, and reads the {@linkplain #outcome outcome} of the run. */
    final Measurement measure(IntToLongFunction side, int operations) {
        prepare(operations);
        // The in-process server shares this JVM: collect the garbage of the previous run before timing this one.
        System.gc();
        long start = System.nanoTime();
        long seen = side.applyAsLong(operations);
        long nanos = System.nanoTime() - start;
        return new Measurement(operations, nanos, outcome(seen));
    }

    /** One timed run: how many operations took how long, and what they left behind. */
    record Measurement(int operations, long nanos, long outcome) {

        double operationsPerSecond() {
            return operations * 1e9 / nanos;
        }
    }
}
