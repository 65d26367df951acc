package io.hibermongo.dialect.internal.type;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * A binder that hands the adapter {@code setObject(i, getBindValue(value))}: subclasses say only what the
 * bound value is (an {@code Object[]} of elements, a BSON value), so a literal renders as the parameter binds.
 *
 * @param <X> the Java type of the attribute
 */
abstract class BoundValueBinder<X> extends BasicBinder<X> {

	BoundValueBinder(JavaType<X> javaType, JdbcType jdbcType) {
		super( javaType, jdbcType );
	}

	@Override
	protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
		st.setObject( index, getBindValue( value, options ) );
	}

	@Override
	protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
		st.setObject( name, getBindValue( value, options ) );
	}

	@Override
	public abstract Object getBindValue(X value, WrapperOptions options) throws SQLException;
}
