package io.hibermongo.benchmarks;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Writes 1 MiB blobs and reads them back: with the driver, {@code GridFSBucket.uploadFromStream} of each and
 * one {@code insertMany} of the documents holding the file ids (as Hibermongo's JDBC batch writes them), then
 * {@code find} and
 * {@code openDownloadStream}; through Hibermongo, {@code persist} of an entity with a {@code @Lob byte[]}
 * (all in one transaction), then {@code em.find} of each in an emptied persistence context. An operation
 * is one blob written and read; a run counts the blobs read back whole.
 */
final class BlobRoundTrip extends Workload {

    static final int BLOB_SIZE = 1024 * 1024;

    private final MongoDatabase database;
    private final GridFSBucket bucket;
    private final byte[] content = new byte[BLOB_SIZE];

    BlobRoundTrip(MongoDatabase database, EntityManagerFactory entityManagerFactory) {
        super(database.getCollection(BenchBlob.COLLECTION), entityManagerFactory);
        this.database = database;
        this.bucket = GridFSBuckets.create(database);
        new Random(42).nextBytes(content);
    }

    @Override
    String name() {
        return "write and read 1 MiB blobs";
    }

    @Override
    int operations() {
        return 100;
    }

    @Override
    void prepare(int operations) {
        super.prepare(operations);
        database.getCollection("fs.files").drop();
        database.getCollection("fs.chunks").drop();
    }

    @Override
    long withDriver(int operations) {
        // Hibermongo's JDBC batch (hibernate.jdbc.batch_size) writes the documents with one insertMany after the uploads
        List<Document> documents = new ArrayList<>(operations);
        for (long id = 1; id <= operations; id++) {
            ObjectId file = bucket.uploadFromStream("blob-" + id, new ByteArrayInputStream(content));
            documents.add(new Document("_id", id).append("content", file));
        }
        collection.insertMany(documents);
        long read = 0;
        for (long id = 1; id <= operations; id++) {
            ObjectId file = collection.find(eq("_id", id)).first().getObjectId("content");
            try (InputStream stream = bucket.openDownloadStream(file)) {
                if (stream.readAllBytes().length == BLOB_SIZE) {
                    read++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read;
    }

    @Override
    long withHibermongo(int operations) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            em.getTransaction().begin();
            for (long id = 1; id <= operations; id++) {
                em.persist(new BenchBlob(id, content));
            }
            em.getTransaction().commit();
        }
        long read = 0;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            for (long id = 1; id <= operations; id++) {
                em.clear();
                if (em.find(BenchBlob.class, id).getContent().length == BLOB_SIZE) {
                    read++;
                }
            }
        }
        return read;
    }
}
