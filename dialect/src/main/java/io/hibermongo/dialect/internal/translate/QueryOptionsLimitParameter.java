package io.hibermongo.dialect.internal.translate;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.hibernate.sql.exec.internal.AbstractJdbcParameter;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.type.BasicType;

/**
 * The skip or limit of {@code setFirstResult}/{@code setMaxResults}, bound from the query options of each
 * execution so the same command serves every page.
 */
final class QueryOptionsLimitParameter extends AbstractJdbcParameter {

	private final boolean offset;

	QueryOptionsLimitParameter(BasicType<Integer> type, boolean offset) {
		super( type );
		this.offset = offset;
	}

	@Override
	public void bindParameterValue(PreparedStatement statement, int startPosition, JdbcParameterBindings bindings,
			ExecutionContext executionContext) throws SQLException {
		var limit = executionContext.getQueryOptions().getLimit();
		Integer value = limit == null ? null : offset ? limit.getFirstRow() : limit.getMaxRows();
		statement.setInt( startPosition, value == null ? 0 : value );
	}
}
