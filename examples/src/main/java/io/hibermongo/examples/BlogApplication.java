package io.hibermongo.examples;

import jakarta.persistence.EntityManagerFactory;

/**
 * Runs the {@link BlogScenario} on MongoDB through plain JPA and prints what it finds.
 *
 * <p>Run it from the repository root with
 * {@code mvn -B -q -DskipTests -Prun-example -pl examples -am verify}; set {@code MONGODB_URI} (including
 * a database name, e.g. {@code mongodb://localhost:27017/blog}) to use a server of your own instead of the
 * in-process one. The scenario empties the {@code entry} collection first.
 */
public final class BlogApplication {

    private BlogApplication() {
    }

    public static void main(String[] args) {
        try (BlogDatabase database = BlogDatabase.start();
                EntityManagerFactory entityManagerFactory = database.createEntityManagerFactory()) {
            new BlogScenario(entityManagerFactory, System.out).run();
        }
    }
}
