package io.hibermongo.dialect;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;

/**
 * The Hibernate dialect for MongoDB: name it in {@code hibernate.dialect} and give a {@code mongodb://}
 * URL in {@code jakarta.persistence.jdbc.url}; nothing else is required.
 */
public class MongoDialect extends Dialect {

	public MongoDialect() {
		super( DatabaseVersion.make( 7 ) );
	}
}
