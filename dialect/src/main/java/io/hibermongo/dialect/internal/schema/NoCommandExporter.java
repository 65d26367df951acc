package io.hibermongo.dialect.internal.schema;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Exportable;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * Schema objects MongoDB has no counterpart for (foreign keys: references are not enforced by the server)
 * export to no command.
 */
public final class NoCommandExporter<T extends Exportable> implements Exporter<T> {

	@Override
	public String[] getSqlCreateStrings(T exportable, Metadata metadata, SqlStringGenerationContext context) {
		return NO_COMMANDS;
	}

	@Override
	public String[] getSqlDropStrings(T exportable, Metadata metadata, SqlStringGenerationContext context) {
		return NO_COMMANDS;
	}
}
