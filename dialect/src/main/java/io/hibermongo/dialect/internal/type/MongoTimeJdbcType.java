package io.hibermongo.dialect.internal.type;

import java.time.LocalTime;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.java.JdbcTimeJavaType;
import org.hibernate.type.descriptor.jdbc.TimeJdbcType;

/**
 * {@link java.sql.Types#TIME TIME} as a {@link LocalTime}, which the adapter stores as a BSON date on
 * 1970-01-01 UTC: the stored time of day is the one the user wrote, whatever the JVM's time zone.
 * <p>
 * A Java type that converts to {@code LocalTime} itself ({@code LocalTime}, {@code java.sql.Time}) binds
 * {@code setObject(i, LocalTime)} and reads {@code getObject(i, LocalTime.class)}; any other goes through
 * {@code java.sql.Time}, as Hibernate's {@link TimeJdbcType} does, and its local time with milliseconds.
 */
public class MongoTimeJdbcType extends TimeJdbcType {

	/** The single instance. */
	public static final MongoTimeJdbcType INSTANCE = new MongoTimeJdbcType();

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return binding( javaType ).binder();
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return binding( javaType ).extractor();
	}

	private <X> ObjectBinding<X, LocalTime> binding(JavaType<X> javaType) {
		return javaType.getJavaTypeClass() == LocalTime.class || javaType instanceof JdbcTimeJavaType
				? ObjectBinding.direct( javaType, this, LocalTime.class )
				: ObjectBinding.via( javaType, this, JdbcTimeJavaType.INSTANCE, LocalTime.class );
	}

	@Override
	public String toString() {
		return "MongoTimeJdbcType";
	}
}
