package io.hibermongo.dialect.internal.type;

import java.time.Instant;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.TimestampWithTimeZoneJdbcType;

/**
 * {@link java.sql.Types#TIMESTAMP_WITH_TIMEZONE TIMESTAMP_WITH_TIMEZONE} (an {@code OffsetDateTime} or
 * {@code ZonedDateTime} under {@code @TimeZoneStorage(COLUMN/NATIVE)} or an explicit
 * {@code @JdbcTypeCode}): binds {@code setObject(i, Instant)} and reads {@code getObject(i, Instant.class)},
 * like {@link MongoTimestampUtcJdbcType}. A BSON date holds no offset, so the instant is stored and the
 * value reads back in UTC.
 */
public class MongoTimestampWithTimeZoneJdbcType extends TimestampWithTimeZoneJdbcType {

	/** The single instance. */
	public static final MongoTimestampWithTimeZoneJdbcType INSTANCE = new MongoTimestampWithTimeZoneJdbcType();

	@Override
	public Class<?> getPreferredJavaTypeClass(WrapperOptions options) {
		return Instant.class;
	}

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
		return "MongoTimestampWithTimeZoneJdbcType";
	}
}
