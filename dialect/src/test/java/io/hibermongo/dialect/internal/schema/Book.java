package io.hibermongo.dialect.internal.schema;

import java.time.Instant;
import java.time.LocalDate;

import io.hibermongo.dialect.MongoIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** JPA indexes, a compound unique constraint on nullable fields, a foreign key and the MongoDB index kinds. */
@Entity
@Table(indexes = @Index(name = "title_published", columnList = "title, published desc"),
		uniqueConstraints = @UniqueConstraint(name = "uk_isbn_edition", columnNames = { "isbn", "edition" }))
@MongoIndex(fields = { "title", "summary" }, kind = MongoIndex.Kind.TEXT, name = "search")
@MongoIndex(kind = MongoIndex.Kind.WILDCARD)
public class Book {

	@Id
	Long id;

	@MongoIndex(collation = "fr", partialFilter = "{\"published\": {\"$gt\": {\"$date\": \"2000-01-01T00:00:00Z\"}}}")
	String title;

	String summary;

	LocalDate published;

	String isbn;

	Integer edition;

	@MongoIndex(kind = MongoIndex.Kind.HASHED)
	String shard;

	@MongoIndex(expireAfterSeconds = 3600)
	Instant expiresAt;

	@ManyToOne(fetch = FetchType.LAZY)
	Author author;
}
