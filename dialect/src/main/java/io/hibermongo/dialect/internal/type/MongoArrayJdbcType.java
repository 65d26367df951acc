package io.hibermongo.dialect.internal.type;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.dialect.Dialect;
import org.hibernate.tool.schema.extract.spi.ColumnTypeInformation;
import org.hibernate.type.BasicType;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.BasicPluralJavaType;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.ArrayJdbcType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeConstructor;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The JdbcType of Hibernate's basic arrays ({@code String[]}, {@code int[]}, {@code List<String>} without
 * {@code @ElementCollection}: SqlTypes.ARRAY columns, stored as BSON arrays in the document) and of array
 * parameters, which Hibernate's loaders of several keys at once (multi-id and multi natural-id loads, batch
 * fetching) bind all keys as, because {@code MongoDialect} prefers arrays for multi-valued parameters.
 * <p>
 * Binding hands the adapter {@code setObject(i, Object[])}, each element being what the element type's own
 * binder hands it for that value ({@code getBindValue}), which the adapter turns into a BSON array: so an
 * element is the same BSON value as a basic attribute of its type (an ObjectId, a {@code LocalDateTime} as
 * UTC wall time, an enum's ordinal, a decimal128); a NULL element is BSON null. Hibernate's own
 * {@link ArrayJdbcType} would convert elements to the element JdbcType's preferred class instead
 * ({@code java.sql.Timestamp} in the JVM's time zone for a {@code LocalDateTime}).
 * <p>
 * Reading takes the column's {@code java.sql.Array} and reads each element from its result set (column 2)
 * with the element type's own extractor, the inverse of the binding.
 */
public class MongoArrayJdbcType extends ArrayJdbcType {

	/** Makes this type for every array type Hibernate resolves. */
	public static final JdbcTypeConstructor CONSTRUCTOR = new JdbcTypeConstructor() {
		@Override
		public JdbcType resolveType(TypeConfiguration typeConfiguration, Dialect dialect, BasicType<?> elementType,
				ColumnTypeInformation columnTypeInformation) {
			return new MongoArrayJdbcType( elementType.getJdbcType() );
		}

		@Override
		public JdbcType resolveType(TypeConfiguration typeConfiguration, Dialect dialect, JdbcType elementType,
				ColumnTypeInformation columnTypeInformation) {
			return new MongoArrayJdbcType( elementType );
		}

		@Override
		public int getDefaultSqlTypeCode() {
			return java.sql.Types.ARRAY;
		}
	};

	public MongoArrayJdbcType(JdbcType elementJdbcType) {
		super( elementJdbcType );
	}

	@Override
	@SuppressWarnings("unchecked")
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		JavaType<Object> elementJavaType = ( (BasicPluralJavaType<Object>) javaType ).getElementJavaType();
		ValueBinder<Object> elementBinder = getElementJdbcType().getBinder( elementJavaType );
		return new BoundValueBinder<>( javaType, this ) {
			@Override
			public Object getBindValue(X value, WrapperOptions options) throws SQLException {
				Object[] elements = javaType.unwrap( value, Object[].class, options );
				Object[] bound = new Object[elements.length];
				for ( int i = 0; i < elements.length; i++ ) {
					bound[i] = elements[i] == null ? null : elementBinder.getBindValue( elements[i], options );
				}
				return bound;
			}
		};
	}

	@Override
	@SuppressWarnings("unchecked")
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		JavaType<Object> elementJavaType = ( (BasicPluralJavaType<Object>) javaType ).getElementJavaType();
		ValueExtractor<Object> elementExtractor = getElementJdbcType().getExtractor( elementJavaType );
		return new BasicExtractor<>( javaType, this ) {
			@Override
			protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
				return elements( rs.getArray( paramIndex ), options );
			}

			@Override
			protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
				return elements( statement.getArray( index ), options );
			}

			@Override
			protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
				return elements( statement.getArray( name ), options );
			}

			private X elements(Array array, WrapperOptions options) throws SQLException {
				if ( array == null ) {
					return null;
				}
				List<Object> values = new ArrayList<>();
				try ( ResultSet elements = array.getResultSet() ) {
					while ( elements.next() ) {
						values.add( elementExtractor.extract( elements, 2, options ) );
					}
				}
				return javaType.wrap( values.toArray(), options );
			}
		};
	}

	@Override
	public String toString() {
		return "MongoArrayJdbcType(" + getElementJdbcType() + ")";
	}
}
