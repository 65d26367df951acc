package io.hibermongo.benchmarks;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The most expensive items of a category above a price: {@code find} with a filter, a descending sort and a
 * limit against the same HQL with {@code setMaxResults}. Every query has other parameters, and Hibermongo
 * gets an emptied persistence context for each. There are as many items as queries: the embedded server
 * scans the whole collection for each query, and a bigger collection would only measure that scan.
 */
final class FilteredQuery extends Workload {

    private static final String HQL =
            "from BenchItem i where i.category = :c and i.price > :p order by i.price desc";

    private static final int LIMIT = 20;

    FilteredQuery(MongoCollection<Document> collection, EntityManagerFactory entityManagerFactory) {
        super(collection, entityManagerFactory);
    }

    @Override
    String name() {
        return "filtered, sorted, limited query";
    }

    @Override
    int operations() {
        return 2_000;
    }

    @Override
    void prepare(int operations) {
        super.prepare(operations);
        insertItems(operations);
    }

    @Override
    long withDriver(int operations) {
        long seen = 0;
        for (int query = 0; query < operations; query++) {
            List<Document> items = collection
                    .find(and(eq("category", SampleItems.category(query)), gt("price", minimumPrice(query))))
                    .sort(descending("price"))
                    .limit(LIMIT)
                    .into(new ArrayList<>());
            seen += items.size();
        }
        return seen;
    }

    @Override
    long withHibermongo(int operations) {
        return queryEach(operations, (em, query) -> em.createQuery(HQL, BenchItem.class)
                .setParameter("c", SampleItems.category(query))
                .setParameter("p", minimumPrice(query))
                .setMaxResults(LIMIT)
                .getResultList());
    }

    /** Spreads the queries over prices 0 to 900, so that most have more than {@value #LIMIT} matches. */
    private static double minimumPrice(int query) {
        return query * 37 % 900;
    }
}
