package io.hibermongo.dialect.internal.nativequery;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.sql.results.jdbc.spi.JdbcValuesMetadata;
import org.hibernate.type.BasicType;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * Stands in for a result set while a native query's result mapping is resolved once, at plan time, to
 * learn which column labels Hibernate will read, in the order it asks for them. JDBC fixes a result's
 * column count before any label is looked up, and a document has no columns, so the plan has to know
 * the labels before the command runs.
 * <p>
 * It claims {@link #WIDTH} columns, hands out positions in order of first request, and answers type
 * questions with an untyped column; the resolved mapping is thrown away.
 */
final class ColumnLabelProbe implements JdbcValuesMetadata {

	/** More columns than any mapping reads. */
	static final int WIDTH = 4096;

	private final List<String> labels = new ArrayList<>();

	/** The labels asked for, in order. */
	List<String> labels() {
		return labels;
	}

	@Override
	public int getColumnCount() {
		return WIDTH;
	}

	@Override
	public int resolveColumnPosition(String columnName) {
		int known = labels.indexOf( columnName );
		if ( known >= 0 ) {
			return known + 1;
		}
		if ( labels.size() == WIDTH ) {
			throw new IllegalArgumentException( "A native query's result mapping reads more than " + WIDTH + " columns" );
		}
		labels.add( columnName );
		return labels.size();
	}

	@Override
	public String resolveColumnName(int position) {
		return position <= labels.size() ? labels.get( position - 1 ) : "#" + position;
	}

	@Override
	public <J> BasicType<J> resolveType(int position, JavaType<J> explicitJavaType, TypeConfiguration typeConfiguration) {
		@SuppressWarnings("unchecked")
		JavaType<J> javaType = explicitJavaType != null ? explicitJavaType
				: (JavaType<J>) typeConfiguration.getJavaTypeRegistry().resolveDescriptor( Object.class );
		return typeConfiguration.getBasicTypeRegistry().resolve( javaType,
				typeConfiguration.getJdbcTypeRegistry().getDescriptor( Types.JAVA_OBJECT ) );
	}
}
