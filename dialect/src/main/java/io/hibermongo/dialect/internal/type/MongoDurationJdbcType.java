package io.hibermongo.dialect.internal.type;

import java.sql.Types;
import java.time.Duration;

import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * {@link SqlTypes#INTERVAL_SECOND INTERVAL_SECOND}, Hibernate's default for {@link Duration}: binds
 * {@code setObject(i, Duration)} and reads {@code getObject(i, Duration.class)}. The adapter stores a
 * duration as a BSON int64 of nanoseconds, which keeps its full precision and orders and sums correctly
 * on the server (Hibernate's other choice, {@code NUMERIC} of nanoseconds, would cost a decimal128).
 */
public class MongoDurationJdbcType implements JdbcType {

	/** The single instance. */
	public static final MongoDurationJdbcType INSTANCE = new MongoDurationJdbcType();

	/** {@link Types#OTHER}: to JDBC, a value of a driver-specific type. */
	@Override
	public int getJdbcTypeCode() {
		return Types.OTHER;
	}

	@Override
	public int getDefaultSqlTypeCode() {
		return SqlTypes.INTERVAL_SECOND;
	}

	@Override
	public String getFriendlyName() {
		return "INTERVAL_SECOND";
	}

	@Override
	public Class<?> getPreferredJavaTypeClass(WrapperOptions options) {
		return Duration.class;
	}

	@Override
	public boolean isComparable() {
		return true;
	}

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return ObjectBinding.direct( javaType, this, Duration.class ).binder();
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return ObjectBinding.direct( javaType, this, Duration.class ).extractor();
	}

	@Override
	public String toString() {
		return "MongoDurationJdbcType";
	}
}
