package io.hibermongo.benchmarks;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.push;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The four operations on {@link TaggedBook}s (an EAGER {@code Set<String>} of five tags, an array in the
 * book's document), each against driver code doing the same work:
 * <ul>
 *   <li>{@link Kind#INSERT}: 20,000 books, {@code insertMany} of 1,000 documents with their tags against
 *       {@code persist} with {@code hibernate.jdbc.batch_size=1000} (Hibermongo folds the tag rows into
 *       the held books: one {@code insert} command per 1,000, as the driver side);</li>
 *   <li>{@link Kind#FIND}: 20,000 lookups by id, tags included;</li>
 *   <li>{@link Kind#QUERY}: 2,000 queries for the books of a tag in a page range, tags included:
 *       {@code find({tags: t, pages: {$gte, $lt}})} against HQL with {@code member of} and
 *       {@code join fetch};</li>
 *   <li>{@link Kind#UPDATE}: 5,000 books each read and given a new tag, a {@code bulkWrite} of
 *       {@code $push} per 500 against {@code em.find}, {@code getTags().add} and a commit per 500.</li>
 * </ul>
 */
final class TaggedBookWork extends Workload {

    enum Kind { INSERT, FIND, QUERY, UPDATE }

    private static final int TRANSACTION_SIZE = 500;
    private static final int PAGE_RANGE = 100;
    private static final String NEW_TAG = "new-tag";
    private static final String HQL = "select distinct b from TaggedBook b join fetch b.tags "
            + "where :tag member of b.tags and b.pages >= :low and b.pages < :high";

    private final Kind kind;

    TaggedBookWork(Kind kind, MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory) {
        super(collection, entityManagerFactory);
        this.kind = kind;
    }

    @Override
    String name() {
        return switch (kind) {
            case INSERT -> "tagged books: batched insert";
            case FIND -> "tagged books: find by id";
            case QUERY -> "tagged books: query by tag";
            case UPDATE -> "tagged books: add a tag";
        };
    }

    @Override
    int operations() {
        return switch (kind) {
            case INSERT, FIND -> 20_000;
            case QUERY -> 2_000;
            case UPDATE -> 5_000;
        };
    }

    @Override
    void prepare(int operations) {
        super.prepare(operations);
        if (kind != Kind.INSERT) {
            insertDocuments(operations);
        }
    }

    @Override
    long withDriver(int operations) {
        return switch (kind) {
            case INSERT -> {
                insertDocuments(operations);
                yield operations;
            }
            case FIND -> {
                long found = 0;
                for (long id = 1; id <= operations; id++) {
                    if (collection.find(eq("_id", id)).first() != null) {
                        found++;
                    }
                }
                yield found;
            }
            case QUERY -> {
                long seen = 0;
                for (int query = 0; query < operations; query++) {
                    for (Document ignored : collection.find(and(eq("tags", tag(query)), gte("pages", low(query)), lt("pages", low(query) + PAGE_RANGE)))) {
                        seen++;
                    }
                }
                yield seen;
            }
            case UPDATE -> {
                for (long first = 1; first <= operations; first += TRANSACTION_SIZE) {
                    List<WriteModel<Document>> updates = new ArrayList<>();
                    for (long id = first; id < first + TRANSACTION_SIZE && id <= operations; id++) {
                        if (collection.find(eq("_id", id)).first() != null) {
                            updates.add(new UpdateOneModel<>(eq("_id", id), push("tags", NEW_TAG)));
                        }
                    }
                    collection.bulkWrite(updates);
                }
                yield operations;
            }
        };
    }

    private void insertDocuments(int operations) {
        for (long first = 1; first <= operations; first += CHUNK) {
            List<Document> documents = new ArrayList<>();
            for (long id = first; id < first + CHUNK && id <= operations; id++) {
                documents.add(TaggedBook.document(id));
            }
            collection.insertMany(documents);
        }
    }

    @Override
    long withHibermongo(int operations) {
        return switch (kind) {
            case INSERT -> {
                persistInChunks(operations, TaggedBook::new);
                yield operations;
            }
            case FIND -> {
                long found = 0;
                try (EntityManager em = entityManagerFactory.createEntityManager()) {
                    for (long id = 1; id <= operations; id++) {
                        em.clear();
                        TaggedBook book = em.find(TaggedBook.class, id);
                        if (book != null && book.getTags().size() == TaggedBook.TAGS) {
                            found++;
                        }
                    }
                }
                yield found;
            }
            case QUERY -> {
                long seen = 0;
                try (EntityManager em = entityManagerFactory.createEntityManager()) {
                    for (int query = 0; query < operations; query++) {
                        em.clear();
                        seen += em.createQuery(HQL, TaggedBook.class).setParameter("tag", tag(query))
                                .setParameter("low", low(query)).setParameter("high", low(query) + PAGE_RANGE)
                                .getResultList().size();
                    }
                }
                yield seen;
            }
            case UPDATE -> {
                try (EntityManager em = entityManagerFactory.createEntityManager()) {
                    for (long first = 1; first <= operations; first += TRANSACTION_SIZE) {
                        em.getTransaction().begin();
                        for (long id = first; id < first + TRANSACTION_SIZE && id <= operations; id++) {
                            em.find(TaggedBook.class, id).getTags().add(NEW_TAG);
                        }
                        em.getTransaction().commit();
                        em.clear();
                    }
                }
                yield operations;
            }
        };
    }

    @Override
    long outcome(long seen) {
        return switch (kind) {
            case INSERT -> collection.countDocuments(eq("tags", "tag-0"));
            case UPDATE -> collection.countDocuments(eq("tags", NEW_TAG));
            case FIND, QUERY -> seen;
        };
    }

    private static String tag(int query) {
        return "tag-" + query % TaggedBook.TAG_COUNT;
    }

    private static int low(int query) {
        return query * 37 % 900;
    }
}
