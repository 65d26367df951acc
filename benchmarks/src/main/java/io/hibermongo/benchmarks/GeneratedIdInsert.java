package io.hibermongo.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;

/**
 * Persists new entities whose ids Hibermongo generates, against driver code that generates them the
 * same way: a counter document incremented with {@code findOneAndUpdate} ({@code $inc}, upsert, the
 * document before) once per {@code idsPerCall} ids. With one id per call (IDENTITY) each document is
 * written on its own as soon as its id is known, as Hibernate does; with a block of ids (a pooled
 * SEQUENCE) the documents are written {@value Workload#CHUNK} per {@code insertMany}, as Hibernate's JDBC
 * batch is.
 */
final class GeneratedIdInsert extends Workload {

    private static final String COUNTERS = "bench_counters";

    private final String name;
    private final LongFunction<Object> entity;
    private final int idsPerCall;
    private final MongoCollection<BsonDocument> counters;

    GeneratedIdInsert(String name, MongoDatabase database, String collection, EntityManagerFactory entityManagerFactory,
            LongFunction<Object> entity, int idsPerCall) {
        super(database.getCollection(collection), entityManagerFactory);
        this.name = name;
        this.entity = entity;
        this.idsPerCall = idsPerCall;
        this.counters = database.getCollection(COUNTERS, BsonDocument.class);
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
        IdBlocks ids = new IdBlocks();
        for (long first = 1; first <= operations; first += CHUNK) {
            List<Document> documents = new ArrayList<>(CHUNK);
            for (long n = first; n < first + CHUNK && n <= operations; n++) {
                Document document = new Document("_id", ids.next()).append("name", "item-" + n)
                        .append("category", SampleItems.category(n)).append("price", SampleItems.price(n))
                        .append("quantity", (int) (n % 100));
                if (idsPerCall == 1) {
                    collection.insertOne(document);
                }
                else {
                    documents.add(document);
                }
            }
            if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
        }
        return operations;
    }

    /** Hands out ids from blocks of {@code idsPerCall} taken from the counter document. */
    private final class IdBlocks {

        private final BsonDocument filter = new BsonDocument("_id", new BsonString(counterName()));
        private final BsonDocument increment = new BsonDocument("$inc", new BsonDocument("next_val", new BsonInt64(idsPerCall)));
        private final FindOneAndUpdateOptions before = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE);
        private long next;
        private long end;

        long next() {
            if (next == end) {
                next = counters.findOneAndUpdate(filter, increment, before).getInt64("next_val").getValue();
                end = next + idsPerCall;
            }
            return next++;
        }
    }

    /** Untimed: the driver side's counter exists before the run, as Hibermongo's does after its warm-up. */
    @Override
    void prepare(int operations) {
        super.prepare(operations);
        counters.updateOne(new BsonDocument("_id", new BsonString(counterName())),
                new BsonDocument("$setOnInsert", new BsonDocument("next_val", new BsonInt64(1))), new UpdateOptions().upsert(true));
    }

    private String counterName() {
        return collection.getNamespace().getCollectionName();
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
