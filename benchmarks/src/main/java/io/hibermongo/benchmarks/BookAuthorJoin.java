package io.hibermongo.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Books with their author entity, filtered on a field of the author: the driver's own pipeline
 * {@code [{$lookup: {from: "bench_author", localField: "author_id", foreignField: "_id", as: "author"}},
 * {$unwind: "$author"}, {$match: {"author.country": c}}]} against HQL
 * {@code select b from BenchBook b join fetch b.author a where a.country = :c}, which Hibermongo turns into
 * the same {@code $lookup} + {@code $unwind} + {@code $match} (and a projection of the columns). Both sides
 * read the same documents: every book and, per book, its author; each query finds a tenth of the books.
 * Hibermongo gets an emptied persistence context for each query.
 */
class BookAuthorJoin extends Workload {

    private static final String HQL = "select b from BenchBook b join fetch b.author a where a.country = :c";

    private static final int AUTHORS = 100;
    private static final int BOOKS = 1_000;

    protected final MongoCollection<Document> authors;

    BookAuthorJoin(MongoCollection<Document> books, MongoCollection<Document> authors, EntityManagerFactory entityManagerFactory) {
        super(books, entityManagerFactory);
        this.authors = authors;
    }

    @Override
    String name() {
        return "books joined to their author, by author field";
    }

    @Override
    int operations() {
        return 200;
    }

    @Override
    void prepare(int operations) {
        super.prepare(operations);
        authors.drop();
        List<Document> authorDocuments = new ArrayList<>();
        for (long id = 1; id <= AUTHORS; id++) {
            authorDocuments.add(BenchAuthor.document(id));
        }
        authors.insertMany(authorDocuments);
        List<Document> bookDocuments = new ArrayList<>();
        for (long id = 1; id <= BOOKS; id++) {
            bookDocuments.add(BenchBook.document(id, AUTHORS));
        }
        collection.insertMany(bookDocuments);
    }

    @Override
    long withDriver(int operations) {
        long seen = 0;
        for (int query = 0; query < operations; query++) {
            List<Document> books = collection.aggregate(List.of(
                    Aggregates.lookup(BenchAuthor.COLLECTION, "author_id", "_id", "author"),
                    Aggregates.unwind("$author"),
                    Aggregates.match(Filters.eq("author.country", BenchAuthor.country(query)))))
                    .into(new ArrayList<>());
            seen += books.size();
        }
        return seen;
    }

    @Override
    long withHibermongo(int operations) {
        return queryEach(operations, (em, query) -> em.createQuery(HQL, BenchBook.class)
                .setParameter("c", BenchAuthor.country(query))
                .getResultList());
    }
}
