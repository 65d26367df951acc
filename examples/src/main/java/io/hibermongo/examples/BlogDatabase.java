package io.hibermongo.examples;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.util.Map;

/**
 * The MongoDB database the blog lives in: the one named by the {@code MONGODB_URI} environment variable
 * (for example {@code mongodb://localhost:27017/blog}), else an in-process mongo-java-server on a random
 * local port, started here and shut down by {@link #close()}.
 */
public final class BlogDatabase implements AutoCloseable {

    private final String url;
    private final MongoServer embeddedServer;

    private BlogDatabase(String url, MongoServer embeddedServer) {
        this.url = url;
        this.embeddedServer = embeddedServer;
    }

    /** Connects to {@code MONGODB_URI} if it is set, else starts an in-process server. */
    public static BlogDatabase start() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            if (new ConnectionString(uri).getDatabase() == null) {
                throw new IllegalArgumentException(
                        "MONGODB_URI must name a database, e.g. mongodb://localhost:27017/blog");
            }
            return new BlogDatabase(uri, null);
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        int port = server.getLocalAddress().getPort();
        return new BlogDatabase("mongodb://127.0.0.1:" + port + "/blog", server);
    }

    /** The "blog" persistence unit of {@code META-INF/persistence.xml}, pointed at this database. */
    public EntityManagerFactory createEntityManagerFactory() {
        return Persistence.createEntityManagerFactory("blog", Map.of(PersistenceConfiguration.JDBC_URL, url));
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }
}
