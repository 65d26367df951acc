package io.hibermongo.benchmarks;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The database the benchmark runs in: the one named by the {@code MONGODB_URI} environment variable (which
 * must name a database, e.g. {@code mongodb://localhost:27017/bench}), else an in-process
 * mongo-java-server on a random local port, started here and shut down by {@link #close()}.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final ConnectionString url;
    private final MongoServer embeddedServer;

    private BenchmarkDatabase(ConnectionString url, MongoServer embeddedServer) {
        this.url = url;
        this.embeddedServer = embeddedServer;
    }

    static BenchmarkDatabase start() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            ConnectionString url = new ConnectionString(uri);
            if (url.getDatabase() == null) {
                throw new IllegalArgumentException(
                        "MONGODB_URI must name a database, e.g. mongodb://localhost:27017/bench");
            }
            return new BenchmarkDatabase(url, null);
        }
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        int port = server.getLocalAddress().getPort();
        return new BenchmarkDatabase(new ConnectionString("mongodb://127.0.0.1:" + port + "/bench"), server);
    }

    ConnectionString url() {
        return url;
    }

    /** Where the benchmark runs, without credentials. */
    String description() {
        return embeddedServer == null
                ? "database '" + url.getDatabase() + "' on " + String.join(",", url.getHosts())
                : "an in-process mongo-java-server";
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }
}
