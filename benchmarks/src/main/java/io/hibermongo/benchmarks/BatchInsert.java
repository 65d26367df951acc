package io.hibermongo.benchmarks;

import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;

/**
 * Inserts new items: {@code insertMany} of {@value Workload#CHUNK} documents at a time against
 * {@code persist} in transactions of as many entities, flushed as JDBC batches of the same size.
 */
final class BatchInsert extends Workload {

    BatchInsert(MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory) {
        super(collection, entityManagerFactory);
    }

    @Override
    String name() {
        return "batched insert";
    }

    @Override
    int operations() {
        return 20_000;
    }

    @Override
    long withDriver(int operations) {
        insertItems(operations);
        return operations;
    }

    @Override
    long withHibermongo(int operations) {
        persistInChunks(operations, SampleItems::entity);
        return operations;
    }

    @Override
    long outcome(long seen) {
        return collection.countDocuments();
    }
}
