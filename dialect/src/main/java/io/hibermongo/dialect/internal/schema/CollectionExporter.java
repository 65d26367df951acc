package io.hibermongo.dialect.internal.schema;

import java.util.List;

import io.hibermongo.dialect.internal.mql.IdentityCounter;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * Schema export of a table: <code>{"create": "&lt;table&gt;"}</code> and <code>{"drop": "&lt;table&gt;"}</code>,
 * run as commands by the JDBC adapter (creating an existing or dropping a missing collection is not an error).
 * A table with an IDENTITY id also creates the counter collection, and dropping it deletes its counter,
 * so a re-created collection numbers from 1 again, as a re-created relational table does. The collection
 * table of an element collection is an array in its owner's documents and exports nothing.
 */
public final class CollectionExporter implements Exporter<Table> {

	private final String counterCollection;

	public CollectionExporter(String counterCollection) {
		this.counterCollection = counterCollection;
	}

	@Override
	public String[] getSqlCreateStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
		if ( CollectionTables.isArrayTable( table, metadata ) ) {
			return new String[0];
		}
		if ( hasIdentity( table ) ) {
			return new String[] { command( "create", table.getName() ), command( "create", counterCollection ) };
		}
		return new String[] { command( "create", table.getName() ) };
	}

	@Override
	public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
		if ( CollectionTables.isArrayTable( table, metadata ) ) {
			return new String[0];
		}
		if ( hasIdentity( table ) ) {
			BsonDocument deleteCounter = new BsonDocument( "q",
					new BsonDocument( "_id", new BsonString( IdentityCounter.counterName( table.getName() ) ) ) )
					.append( "limit", new BsonInt32( 1 ) );
			return new String[] {
					command( "drop", table.getName() ),
					new BsonDocument( "delete", new BsonString( counterCollection ) )
							.append( "deletes", new BsonArray( List.of( deleteCounter ) ) ).toJson()
			};
		}
		return new String[] { command( "drop", table.getName() ) };
	}

	private static boolean hasIdentity(Table table) {
		return table.getPrimaryKey() != null && table.getPrimaryKey().getColumns().stream().anyMatch( Column::isIdentity );
	}

	private static String command(String name, String collection) {
		return new BsonDocument( name, new BsonString( collection ) ).toJson();
	}
}
