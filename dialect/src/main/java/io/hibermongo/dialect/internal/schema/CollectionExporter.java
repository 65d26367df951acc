package io.hibermongo.dialect.internal.schema;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * Schema export of a table: <code>{"create": "&lt;table&gt;"}</code> and <code>{"drop": "&lt;table&gt;"}</code>,
 * run as commands by the JDBC adapter (creating an existing or dropping a missing collection is not an error).
 */
public final class CollectionExporter implements Exporter<Table> {

	@Override
	public String[] getSqlCreateStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
		return new String[] { command( "create", table ) };
	}

	@Override
	public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
		return new String[] { command( "drop", table ) };
	}

	private static String command(String name, Table table) {
		return new BsonDocument( name, new BsonString( table.getName() ) ).toJson();
	}
}
