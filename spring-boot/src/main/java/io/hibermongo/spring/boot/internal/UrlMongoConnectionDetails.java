package io.hibermongo.spring.boot.internal;

import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * The MongoDB connection named by a URL that Boot's own {@code spring.mongodb.*} properties do not cover:
 * {@code spring.jpa.properties.jakarta.persistence.jdbc.url} or Boot 3's {@code spring.data.mongodb.uri}.
 * As a {@link MongoConnectionDetails} bean it makes Boot build its {@code MongoClient} (settings
 * customizers, metrics and health included) from that URL, and the persistence unit borrows that client.
 */
public record UrlMongoConnectionDetails(ConnectionString connectionString) implements MongoConnectionDetails {

	@Override
	public ConnectionString getConnectionString() {
		return connectionString;
	}
}
