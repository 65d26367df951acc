package io.hibermongo.dialect.internal.type;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.bson.BsonValue;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.AggregateJdbcType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JsonJdbcType;

/**
 * The JdbcType of JSON-typed attributes ({@code @JdbcTypeCode(SqlTypes.JSON)} on a {@code Map}, a
 * {@code List} or any class Hibernate's JSON {@code FormatMapper} can write): the value is stored as a native
 * sub-document (or array, or scalar) of the owner document, not as a string. Hibernate's format mapper
 * turns the Java value into JSON text and back; {@link JsonDocuments} turns that text into BSON and back,
 * refusing keys that MongoDB cannot hold as field names.
 */
public final class MongoJsonJdbcType extends JsonJdbcType {

	/** The type Hibernate uses for the JSON type code. */
	public static final MongoJsonJdbcType INSTANCE = new MongoJsonJdbcType( null );

	private MongoJsonJdbcType(EmbeddableMappingType embeddableMappingType) {
		super( embeddableMappingType );
	}

	@Override
	public AggregateJdbcType resolveAggregateJdbcType(EmbeddableMappingType mappingType, String sqlType,
			RuntimeModelCreationContext creationContext) {
		return new MongoJsonJdbcType( mappingType );
	}

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return new BoundValueBinder<>( javaType, this ) {
			@Override
			public Object getBindValue(X value, WrapperOptions options) throws SQLException {
				return value == null ? null : JsonDocuments.toBson( MongoJsonJdbcType.this.toString( value, getJavaType(), options ) );
			}
		};
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return new BasicExtractor<>( javaType, this ) {
			@Override
			protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
				return read( rs.getObject( paramIndex, BsonValue.class ), options );
			}

			@Override
			protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
				return read( statement.getObject( index, BsonValue.class ), options );
			}

			@Override
			protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
				return read( statement.getObject( name, BsonValue.class ), options );
			}

			private X read(BsonValue value, WrapperOptions options) throws SQLException {
				return value == null ? null : fromString( JsonDocuments.toJson( value ), getJavaType(), options );
			}
		};
	}

	@Override
	public String toString() {
		return "MongoJsonJdbcType";
	}
}
