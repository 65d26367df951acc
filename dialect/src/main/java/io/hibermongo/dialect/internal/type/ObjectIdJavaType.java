package io.hibermongo.dialect.internal.type;

import org.bson.types.ObjectId;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * Hibernate's description of {@link ObjectId}, so that an attribute or id of that type maps to a BSON
 * objectId ({@link ObjectIdJdbcType}) without annotations. An ObjectId is immutable and ordered.
 * <p>
 * It converts to and from its 24-digit hexadecimal {@link String} and its 12 bytes, so that an
 * {@code ObjectId} attribute can also be mapped to a string or binary column, or compared with a string
 * parameter.
 */
public class ObjectIdJavaType extends AbstractClassJavaType<ObjectId> {

	/** The single instance. */
	public static final ObjectIdJavaType INSTANCE = new ObjectIdJavaType();

	public ObjectIdJavaType() {
		super( ObjectId.class );
	}

	@Override
	public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
		return indicators.getJdbcType( MongoTypes.OBJECT_ID );
	}

	@Override
	public String toString(ObjectId value) {
		return value.toHexString();
	}

	@Override
	public ObjectId fromString(CharSequence string) {
		return new ObjectId( string.toString() );
	}

	@Override
	public <X> X unwrap(ObjectId value, Class<X> type, WrapperOptions options) {
		if ( value == null ) {
			return null;
		}
		if ( type.isInstance( value ) ) {
			return type.cast( value );
		}
		if ( type == String.class ) {
			return type.cast( value.toHexString() );
		}
		if ( type == byte[].class ) {
			return type.cast( value.toByteArray() );
		}
		throw unknownUnwrap( type );
	}

	@Override
	public <X> ObjectId wrap(X value, WrapperOptions options) {
		if ( value == null ) {
			return null;
		}
		if ( value instanceof ObjectId objectId ) {
			return objectId;
		}
		if ( value instanceof String hex ) {
			return new ObjectId( hex );
		}
		if ( value instanceof byte[] bytes ) {
			return new ObjectId( bytes );
		}
		throw unknownWrap( value.getClass() );
	}
}
