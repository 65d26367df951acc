package io.hibermongo.dialect.internal.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.hibernate.query.sqm.internal.DomainParameterXref;
import org.hibernate.query.sqm.mutation.spi.MultiTableHandlerBuildResult;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableInsertStrategy;
import org.hibernate.query.sqm.tree.insert.SqmInsertStatement;
import org.hibernate.query.spi.DomainQueryExecutionContext;

/**
 * Hibernate's insert strategy for HQL inserts it cannot run as one statement: into an entity mapped to
 * several tables (JOINED, secondary tables), or an {@code insert … select} whose ids come from a pooled
 * sequence ({@code allocationSize > 1}) or a table generator, which it numbers through a temporary table.
 * Hibermongo has no temporary tables, so these are refused by name when they run; inserts with ids
 * selected or given, IDENTITY, and sequences of {@code allocationSize = 1} run as one command
 * ({@link InsertTranslator}).
 */
public final class MultiTableInsertRefusal implements SqmMultiTableInsertStrategy {

	private final String entityName;

	public MultiTableInsertRefusal(String entityName) {
		this.entityName = entityName;
	}

	@Override
	public MultiTableHandlerBuildResult buildHandler(SqmInsertStatement<?> sqmInsertStatement, DomainParameterXref domainParameterXref,
			DomainQueryExecutionContext context) {
		throw FeatureNotSupportedException.construct( "An HQL INSERT into " + entityName
				+ " that Hibernate runs through a temporary table (an entity of several tables, or INSERT … SELECT with ids from a"
				+ " pooled sequence or a table generator: select the id, or use a sequence with allocationSize = 1 or IDENTITY)",
				"insert into " + entityName );
	}
}
