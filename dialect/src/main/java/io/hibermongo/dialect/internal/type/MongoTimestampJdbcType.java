package io.hibermongo.dialect.internal.type;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;

/**
 * {@link java.sql.Types#TIMESTAMP TIMESTAMP}, stored as a BSON date in one of two ways:
 * <ul>
 * <li>a {@link LocalDateTime} binds {@code setObject(i, LocalDateTime)} and reads
 * {@code getObject(i, LocalDateTime.class)}: its date and time are stored as if in UTC, so the value
 * written is the value read, whatever the JVM's time zone (a local date-time has no instant);</li>
 * <li>any other Java type ({@code java.util.Date}, {@code Calendar}, an {@code Instant} or
 * {@code OffsetDateTime} mapped to {@code TIMESTAMP}…) binds and reads a {@link Timestamp}, whose instant
 * is stored: these types name a moment in time.</li>
 * </ul>
 */
public class MongoTimestampJdbcType extends TimestampJdbcType {

	/** The single instance. */
	public static final MongoTimestampJdbcType INSTANCE = new MongoTimestampJdbcType();

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return binding( javaType ).binder();
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return binding( javaType ).extractor();
	}

	private <X> ObjectBinding<X, ?> binding(JavaType<X> javaType) {
		return javaType.getJavaTypeClass() == LocalDateTime.class
				? ObjectBinding.direct( javaType, this, LocalDateTime.class )
				: ObjectBinding.direct( javaType, this, Timestamp.class );
	}

	@Override
	public String toString() {
		return "MongoTimestampJdbcType";
	}
}
