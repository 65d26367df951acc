package io.hibermongo.dialect.internal.schema;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import org.bson.types.ObjectId;

/** One attribute of each stored type, a composite id and an embeddable inside an embeddable. */
@Entity
public class Sample {

	/** A composite id: the {@code _id} sub-document. */
	@Embeddable
	public static class Key {
		String region;
		int number;
	}

	/** The outer embeddable. */
	@Embeddable
	public static class Outer {
		String label;
		@Embedded
		Inner inner;
	}

	/** The inner embeddable. */
	@Embeddable
	public static class Inner {
		Boolean flag;
	}

	/** An ORDINAL enum. */
	public enum Level { LOW, HIGH }

	@EmbeddedId
	Key key;

	long count;
	Short small;
	Float ratio;
	BigDecimal amount;
	Instant at;
	Duration took;
	UUID token;
	byte[] data;
	ObjectId ref;
	Level level;
	@Embedded
	Outer outer;
}
