package io.hibermongo.dialect.internal.type;

import java.time.Instant;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsInstantJdbcType;

/**
 * {@link org.hibernate.type.SqlTypes#TIMESTAMP_UTC TIMESTAMP_UTC}, Hibernate's default for {@code Instant},
 * {@code OffsetDateTime} and {@code ZonedDateTime}: binds {@code setObject(i, Instant)} and reads
 * {@code getObject(i, Instant.class)}, so the instant is stored as a BSON date and an offset or zoned
 * value reads back at the same instant in UTC.
 * <p>
 * Unlike its superclass, it never falls back to {@code setTimestamp} with a calendar: the adapter always
 * accepts an {@code Instant}.
 */
public class MongoTimestampUtcJdbcType extends TimestampUtcAsInstantJdbcType {

	/** The single instance. */
	public static final MongoTimestampUtcJdbcType INSTANCE = new MongoTimestampUtcJdbcType();

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return ObjectBinding.direct( javaType, this, Instant.class ).binder();
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return ObjectBinding.direct( javaType, this, Instant.class ).extractor();
	}

	@Override
	public String toString() {
		return "MongoTimestampUtcJdbcType";
	}
}
