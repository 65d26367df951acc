package io.hibermongo.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Variable;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Authors who wrote a long book, a correlated {@code exists} subquery over the books of
 * {@link BookAuthorJoin}'s data: HQL
 * {@code select a from BenchAuthor a where exists (select 1 from BenchBook b where b.author = a and b.pages > :p)}
 * against the driver's own pipeline on the authors, a {@code $lookup} with {@code let} and a
 * {@code pipeline} that keeps at most one matching book, a {@code $match} on a book being found and a
 * projection without it. Both sides read every author and, per author, its books with more than
 * {@code p} pages; the threshold changes per query, so each finds a different share of the authors.
 */
final class AuthorSubquery extends BookAuthorJoin {

    private static final String HQL =
            "select a from BenchAuthor a where exists (select 1 from BenchBook b where b.author = a and b.pages > :p)";

    AuthorSubquery(MongoCollection<Document> books, MongoCollection<Document> authors, EntityManagerFactory entityManagerFactory) {
        super(books, authors, entityManagerFactory);
    }

    @Override
    String name() {
        return "authors with a long book (correlated exists subquery)";
    }

    @Override
    int operations() {
        return 100;
    }

    /** The page threshold of query {@code number}: 470 to 494 pages (books have 100 to 499). */
    private static int pages(int number) {
        return 470 + number % 25;
    }

    @Override
    long withDriver(int operations) {
        long seen = 0;
        for (int query = 0; query < operations; query++) {
            List<Document> found = authors.aggregate(List.of(
                    Aggregates.lookup(BenchBook.COLLECTION, List.of(new Variable<>("a", "$_id")), List.of(
                            Aggregates.match(Filters.and(
                                    Filters.expr(new Document("$eq", List.of("$author_id", "$$a"))),
                                    Filters.gt("pages", pages(query)))),
                            Aggregates.limit(1)), "long"),
                    Aggregates.match(Filters.exists("long.0")),
                    Aggregates.project(Projections.exclude("long"))))
                    .into(new ArrayList<>());
            seen += found.size();
        }
        return seen;
    }

    @Override
    long withHibermongo(int operations) {
        return queryEach(operations, (em, query) -> em.createQuery(HQL, BenchAuthor.class)
                .setParameter("p", pages(query))
                .getResultList());
    }
}
