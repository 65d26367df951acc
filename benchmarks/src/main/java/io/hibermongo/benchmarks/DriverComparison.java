package io.hibermongo.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;
import org.bson.Document;

/**
 * Compares Hibermongo, used through plain JPA, with hand-written mongodb-driver-sync code doing the same
 * work on the same server, and prints operations per second for each side.
 *
 * <h2>Running it</h2>
 * From the repository root:
 * <pre>{@code mvn -B -q -DskipTests -Prun-benchmark -pl benchmarks -am verify}</pre>
 * It runs on an in-process mongo-java-server unless {@code MONGODB_URI} names a server and a database
 * ({@code mongodb://localhost:27017/bench}); the {@code bench_item} collection there is dropped and
 * refilled; {@code -Dbenchmark.only=tagged} runs only the scenarios whose name contains "tagged". It is not
 * part of the build or CI: numbers depend on the machine and say most on a real server.
 *
 * <h2>What it measures</h2>
 * <ul>
 *   <li>{@link BatchInsert}: 20,000 inserts, {@code insertMany} of 1,000 against {@code persist} with
 *       {@code hibernate.jdbc.batch_size=1000} and a transaction and {@code clear()} per 1,000;</li>
 *   <li>{@link FindById}: 20,000 lookups by id, each through an empty persistence context;</li>
 *   <li>{@link FilteredQuery}: 2,000 queries with an equality, a range, a descending sort and a limit;</li>
 *   <li>{@link UpdateById}: 5,000 updates by id, {@code updateOne} against find, setter and a commit per 500;</li>
 *   <li>{@link GeneratedIdInsert}: 20,000 persists of entities with generated ids, against driver code that
 *       takes its ids from a counter document the same way ({@code findOneAndUpdate} with {@code $inc}):
 *       a block of 50 per call and {@code insertMany} of 1,000 for a pooled SEQUENCE, one id per call and
 *       one {@code insertOne} per document for IDENTITY (Hibernate inserts an IDENTITY entity at once);</li>
 *   <li>{@link BlobRoundTrip}: 100 blobs of 1 MiB written and read back, {@code GridFSBucket} plus the
 *       document against an entity with a {@code @Lob byte[]} (the gridfs module);</li>
 *   <li>{@link BookAuthorJoin}: 200 queries for the books (of 1,000) whose author (of 100) is from a country,
 *       with the author entity: the driver's {@code $lookup} + {@code $unwind} + {@code $match} against HQL
 *       with {@code join fetch}.</li>
 * </ul>
 * Each side is warmed up with a quarter of the work, then measured {@value #ROUNDS} times, the two sides
 * alternating; the table shows the best run of each. The collection is dropped before every run. A run,
 * warm-ups included, whose outcome (documents seen or left behind) differs from the other side's stops the
 * benchmark, since the two did not do the same work.
 * The target is a ratio (Hibermongo / driver) of at least {@value #TARGET_RATIO} in every scenario.
 */
public final class DriverComparison {

    private static final int ROUNDS = 3;
    private static final int WARM_UP_DIVISOR = 4;
    private static final double TARGET_RATIO = 0.7;

    /** Runs only the scenarios whose name contains this text ({@code -Dbenchmark.only=tagged}); all by default. */
    private static final String ONLY_PROPERTY = "benchmark.only";

    private DriverComparison() {
    }

    public static void main(String[] args) {
        try (BenchmarkDatabase database = BenchmarkDatabase.start();
                MongoClient client = MongoClients.create(database.url());
                EntityManagerFactory entityManagerFactory = createEntityManagerFactory(database)) {
            MongoCollection<Document> items = client.getDatabase(database.url().getDatabase())
                    .getCollection(BenchItem.COLLECTION);
            MongoCollection<Document> books = client.getDatabase(database.url().getDatabase())
                    .getCollection(TaggedBook.COLLECTION);
            MongoCollection<Document> joinedBooks = client.getDatabase(database.url().getDatabase())
                    .getCollection(BenchBook.COLLECTION);
            MongoCollection<Document> authors = client.getDatabase(database.url().getDatabase())
                    .getCollection(BenchAuthor.COLLECTION);
            List<Workload> workloads = List.of(
                    new BatchInsert(items, entityManagerFactory),
                    new FindById(items, entityManagerFactory),
                    new FilteredQuery(items, entityManagerFactory),
                    new UpdateById(items, entityManagerFactory),
                    new GeneratedIdInsert("persist with SEQUENCE (allocationSize 50)", client.getDatabase(database.url().getDatabase()),
                            SequencedItem.COLLECTION, entityManagerFactory, GeneratedIdInsert::sequenced, 50),
                    new GeneratedIdInsert("persist with IDENTITY", client.getDatabase(database.url().getDatabase()),
                            IdentityItem.COLLECTION, entityManagerFactory, GeneratedIdInsert::identity, 1),

                    new BlobRoundTrip(client.getDatabase(database.url().getDatabase()), entityManagerFactory),
                    new TaggedBookWork(TaggedBookWork.Kind.INSERT, books, entityManagerFactory),
                    new TaggedBookWork(TaggedBookWork.Kind.FIND, books, entityManagerFactory),
                    new TaggedBookWork(TaggedBookWork.Kind.QUERY, books, entityManagerFactory),
                    new TaggedBookWork(TaggedBookWork.Kind.UPDATE, books, entityManagerFactory),
                    new BookAuthorJoin(joinedBooks, authors, entityManagerFactory),
                    new AuthorSubquery(joinedBooks, authors, entityManagerFactory));
            System.out.println("Hibermongo against the driver on " + database.description());
            String only = System.getProperty(ONLY_PROPERTY, "");
            List<Comparison> comparisons = workloads.stream()
                    .filter(workload -> workload.name().contains(only))
                    .map(DriverComparison::compare)
                    .toList();
            items.drop();
            books.drop();
            joinedBooks.drop();
            authors.drop();
            print(comparisons);
        }
    }

    private static EntityManagerFactory createEntityManagerFactory(BenchmarkDatabase database) {
        return Persistence.createEntityManagerFactory(new PersistenceConfiguration("benchmark")
                .managedClass(BenchItem.class)
                .managedClass(Dimensions.class)
                .managedClass(SequencedItem.class)
                .managedClass(IdentityItem.class)
                .managedClass(BenchBlob.class)
                .managedClass(TaggedBook.class)
                .managedClass(BenchAuthor.class)
                .managedClass(BenchBook.class)
                .property("hibernate.dialect", "io.hibermongo.dialect.MongoDialect")
                .property(PersistenceConfiguration.JDBC_URL, database.url().getConnectionString())
                .property("hibernate.jdbc.batch_size", Workload.CHUNK));
    }

    private static Comparison compare(Workload workload) {
        System.out.println("measuring " + workload.name() + " ...");
        IntToLongFunction driver = workload::withDriver;
        IntToLongFunction hibermongo = workload::withHibermongo;
        int operations = workload.operations();
        int warmUp = operations / WARM_UP_DIVISOR;
        new Comparison(workload.name(), workload.measure(driver, warmUp), workload.measure(hibermongo, warmUp))
                .checkSameOutcome();
        Comparison best = null;
        for (int round = 0; round < ROUNDS; round++) {
            Comparison comparison = new Comparison(workload.name(), workload.measure(driver, operations),
                    workload.measure(hibermongo, operations));
            comparison.checkSameOutcome();
            best = best == null ? comparison : best.bestOfBoth(comparison);
        }
        return best;
    }

    private static void print(List<Comparison> comparisons) {
        String format = "%-42s %14s %18s %7s%n";
        System.out.printf(Locale.ROOT, format, "scenario", "driver ops/s", "hibermongo ops/s", "ratio");
        for (Comparison comparison : comparisons) {
            System.out.printf(Locale.ROOT, format,
                    String.format(Locale.ROOT, "%s (%,d)", comparison.scenario(), comparison.driver().operations()),
                    String.format(Locale.ROOT, "%,.0f", comparison.driver().operationsPerSecond()),
                    String.format(Locale.ROOT, "%,.0f", comparison.hibermongo().operationsPerSecond()),
                    String.format(Locale.ROOT, "%.2f", comparison.ratio()));
        }
        System.out.printf(Locale.ROOT, "ratio = hibermongo / driver, best of %d runs each; target: >= %.1f%n",
                ROUNDS, TARGET_RATIO);
        comparisons.stream()
                .filter(comparison -> comparison.ratio() < TARGET_RATIO)
                .forEach(comparison -> System.out.println("below target: " + comparison.scenario()));
    }

    /** The same work measured on both sides. */
    private record Comparison(String scenario, Workload.Measurement driver, Workload.Measurement hibermongo) {

        double ratio() {
            return hibermongo.operationsPerSecond() / driver.operationsPerSecond();
        }

        void checkSameOutcome() {
            if (driver.outcome() != hibermongo.outcome()) {
                throw new IllegalStateException(scenario + ": the driver's run left an outcome of "
                        + driver.outcome() + " but Hibermongo's " + hibermongo.outcome()
                        + ", so the two did not do the same work");
            }
        }

        Comparison bestOfBoth(Comparison other) {
            return new Comparison(scenario, faster(driver, other.driver), faster(hibermongo, other.hibermongo));
        }

        private static Workload.Measurement faster(Workload.Measurement one, Workload.Measurement other) {
            return one.nanos() <= other.nanos() ? one : other;
        }
    }
}
