package io.hibermongo.dialect.internal.schema;

import java.time.Instant;

import io.hibermongo.dialect.MongoIndex;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Entities whose {@link MongoIndex} annotations MongoDB would refuse, one mistake each. */
final class BadIndexes {

	private BadIndexes() {
	}

	@Entity
	@MongoIndex(fields = "nickname")
	static class UnknownAttribute {
		@Id
		Long id;
		String name;
	}

	@Entity
	static class PartialFilterNotJson {
		@Id
		Long id;
		@MongoIndex(partialFilter = "{name: ")
		String name;
	}

	@Entity
	static class PartialFilterOnUnmappedField {
		@Id
		Long id;
		@MongoIndex(partialFilter = "{\"$and\": [{\"secret\": {\"$exists\": true}}]}")
		String name;
	}

	@Entity
	static class TtlOnText {
		@Id
		Long id;
		@MongoIndex(expireAfterSeconds = 60)
		String name;
	}

	@Entity
	@MongoIndex(fields = { "name", "created" }, expireAfterSeconds = 60)
	static class TtlOnTwoFields {
		@Id
		Long id;
		String name;
		Instant created;
	}

	@Entity
	static class UniqueHashed {
		@Id
		Long id;
		@MongoIndex(kind = MongoIndex.Kind.HASHED, unique = true)
		String name;
	}

	@Entity
	static class SameNameTwice {
		@Id
		Long id;
		@MongoIndex(name = "by_name")
		String name;
		@MongoIndex(name = "by_name")
		String other;
	}
}
