package io.hibermongo.dialect.internal.type;

import java.io.Serializable;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * How the values of one Java type travel to and from our JDBC adapter as instances of one class {@code J}:
 * bound with {@code setObject(i, j)} and read with {@code getObject(i, J.class)}, the calls whose
 * conversion {@code BsonValues} defines exactly. Hibernate's {@code setDate} / {@code getTimestamp} style
 * calls would instead go through {@code java.sql} types defined in the JVM's time zone.
 *
 * @param <X> the Java type of the attribute
 * @param <J> the class handed to the adapter
 */
final class ObjectBinding<X, J> implements Serializable {

	private final JavaType<X> javaType;
	private final JdbcType jdbcType;
	private final Class<J> boundClass;
	private final ToBound<X, J> toBound;
	private final FromBound<X, J> fromBound;

	private ObjectBinding(
			JavaType<X> javaType,
			JdbcType jdbcType,
			Class<J> boundClass,
			ToBound<X, J> toBound,
			FromBound<X, J> fromBound) {
		this.javaType = javaType;
		this.jdbcType = jdbcType;
		this.boundClass = boundClass;
		this.toBound = toBound;
		this.fromBound = fromBound;
	}

	/** The Java type converts itself to and from {@code boundClass} ({@code unwrap} / {@code wrap}). */
	static <X, J> ObjectBinding<X, J> direct(JavaType<X> javaType, JdbcType jdbcType, Class<J> boundClass) {
		return new ObjectBinding<>(
				javaType,
				jdbcType,
				boundClass,
				(value, options) -> javaType.unwrap( value, boundClass, options ),
				(bound, options) -> javaType.wrap( bound, options )
		);
	}

	/**
	 * The Java type converts to and from {@code intermediate}'s class only (say {@code java.sql.Date}),
	 * which Hibernate's own descriptor of that class converts to and from {@code boundClass}.
	 */
	static <X, I, J> ObjectBinding<X, J> via(
			JavaType<X> javaType,
			JdbcType jdbcType,
			JavaType<I> intermediate,
			Class<J> boundClass) {
		return new ObjectBinding<>(
				javaType,
				jdbcType,
				boundClass,
				(value, options) -> intermediate.unwrap(
						javaType.unwrap( value, intermediate.getJavaTypeClass(), options ),
						boundClass,
						options
				),
				(bound, options) -> javaType.wrap( intermediate.wrap( bound, options ), options )
		);
	}

	ValueBinder<X> binder() {
		return new BasicBinder<>( javaType, jdbcType ) {
			@Override
			protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
					throws SQLException {
				st.setObject( index, toBound.convert( value, options ) );
			}

			@Override
			protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
					throws SQLException {
				st.setObject( name, toBound.convert( value, options ) );
			}

			// the value the adapter receives, so that a literal renders as the parameter would bind
			@Override
			public Object getBindValue(X value, WrapperOptions options) {
				return value == null ? null : toBound.convert( value, options );
			}
		};
	}

	ValueExtractor<X> extractor() {
		return new BasicExtractor<>( javaType, jdbcType ) {
			@Override
			protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
				return wrap( rs.getObject( paramIndex, boundClass ), options );
			}

			@Override
			protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
					throws SQLException {
				return wrap( statement.getObject( index, boundClass ), options );
			}

			@Override
			protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
					throws SQLException {
				return wrap( statement.getObject( name, boundClass ), options );
			}
		};
	}

	private X wrap(J bound, WrapperOptions options) {
		return bound == null ? null : fromBound.convert( bound, options );
	}

	// Serializable, as Hibernate's binders and extractors are
	@FunctionalInterface
	private interface ToBound<X, J> extends Serializable {
		J convert(X value, WrapperOptions options);
	}

	@FunctionalInterface
	private interface FromBound<X, J> extends Serializable {
		X convert(J bound, WrapperOptions options);
	}
}
