package io.hibermongo.dialect.internal.type;

import java.time.LocalDate;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.java.JdbcDateJavaType;
import org.hibernate.type.descriptor.jdbc.DateJdbcType;

/**
 * {@link java.sql.Types#DATE DATE} as a {@link LocalDate}, which the adapter stores as a BSON date at
 * midnight UTC: the stored day is the day the user wrote, whatever the JVM's time zone.
 * <p>
 * A Java type that converts to {@code LocalDate} itself ({@code LocalDate}, {@code java.sql.Date}) binds
 * {@code setObject(i, LocalDate)} and reads {@code getObject(i, LocalDate.class)}; any other
 * ({@code Calendar} with {@code @Temporal(DATE)}…) goes through {@code java.sql.Date}, as Hibernate's
 * {@link DateJdbcType} does, and its local date.
 */
public class MongoDateJdbcType extends DateJdbcType {

	/** The single instance. */
	public static final MongoDateJdbcType INSTANCE = new MongoDateJdbcType();

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return binding( javaType ).binder();
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return binding( javaType ).extractor();
	}

	private <X> ObjectBinding<X, LocalDate> binding(JavaType<X> javaType) {
		return javaType.getJavaTypeClass() == LocalDate.class || javaType instanceof JdbcDateJavaType
				? ObjectBinding.direct( javaType, this, LocalDate.class )
				: ObjectBinding.via( javaType, this, JdbcDateJavaType.INSTANCE, LocalDate.class );
	}

	@Override
	public String toString() {
		return "MongoDateJdbcType";
	}
}
