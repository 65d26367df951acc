package io.hibermongo.dialect.internal.type;

import java.sql.Types;

import org.bson.types.ObjectId;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The column type of a BSON objectId: binds {@code setObject(i, ObjectId)} and reads
 * {@code getObject(i, ObjectId.class)}, which the adapter stores as a BSON objectId.
 * <p>
 * Its JDBC type code is {@link Types#OTHER} (a driver-specific type, as JDBC calls it), and its SQL type
 * code is {@link MongoTypes#OBJECT_ID}, so that registering it replaces nothing that Hibernate keeps under
 * {@code OTHER}.
 */
public class ObjectIdJdbcType implements JdbcType {

	/** The single instance. */
	public static final ObjectIdJdbcType INSTANCE = new ObjectIdJdbcType();

	@Override
	public int getJdbcTypeCode() {
		return Types.OTHER;
	}

	@Override
	public int getDefaultSqlTypeCode() {
		return MongoTypes.OBJECT_ID;
	}

	@Override
	public String getFriendlyName() {
		return "OBJECT_ID";
	}

	@Override
	public Class<?> getPreferredJavaTypeClass(WrapperOptions options) {
		return ObjectId.class;
	}

	@Override
	public JavaType<?> getRecommendedJavaType(Integer length, Integer scale, TypeConfiguration typeConfiguration) {
		return typeConfiguration.getJavaTypeRegistry().resolveDescriptor( ObjectId.class );
	}

	/** ObjectIds order by creation time, then machine and counter, on the server as in {@link ObjectId}. */
	@Override
	public boolean isComparable() {
		return true;
	}

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return ObjectBinding.direct( javaType, this, ObjectId.class ).binder();
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return ObjectBinding.direct( javaType, this, ObjectId.class ).extractor();
	}

	@Override
	public String toString() {
		return "ObjectIdJdbcType";
	}
}
