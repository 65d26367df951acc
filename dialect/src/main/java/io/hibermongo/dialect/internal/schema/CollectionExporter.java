package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import io.hibermongo.dialect.internal.mql.IdentityCounter;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * Schema export of a table: <code>{"create": "&lt;table&gt;"}</code> (with the collection's validator under
 * {@code hibernate.mongodb.enforce_schema}), then one {@code createIndexes} of its {@link CollectionIndexes},
 * and <code>{"drop": "&lt;table&gt;"}</code>, which drops its indexes too. The commands are run by the JDBC
 * adapter (creating an existing or dropping a missing collection is not an error) or written to a script
 * as mongosh statements ({@link MongoshScript}).
 * A table with an IDENTITY id also creates the counter collection, and dropping it deletes its counter,
 * so a re-created collection numbers from 1 again, as a re-created relational table does. The collection
 * table of an element collection is an array in its owner's documents and exports nothing.
 */
public final class CollectionExporter implements Exporter<Table> {

	private static final Logger LOG = Logger.getLogger( CollectionExporter.class.getName() );
	private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode( JsonMode.EXTENDED ).build();

	private final String counterCollection;
	private Metadata schemasOf;
	private CollectionSchemas schemas;

	public CollectionExporter(String counterCollection) {
		this.counterCollection = counterCollection;
	}

	@Override
	public String[] getSqlCreateStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
		if ( CollectionTables.isStoredElsewhere( table, metadata ) ) {
			return new String[0];
		}
		List<String> commands = new ArrayList<>();
		CollectionSchema schema = schema( table, metadata );
		if ( schema == null ) {
			commands.add( command( "create", table.getName() ) );
		}
		else {
			schema.createCommands().forEach( command -> commands.add( command.toJson( EXTENDED ) ) );
		}
		if ( hasIdentity( table ) ) {
			commands.add( command( "create", counterCollection ) );
		}
		return commands.toArray( new String[0] );
	}

	/**
	 * Builds the indexes and validators of {@code metadata}'s collections (once), so that a mapping error in
	 * them (a bad {@code @MongoIndex}) fails when the SessionFactory starts, also without schema management.
	 */
	public void check(Metadata metadata) {
		schemas( metadata );
	}

	/** The indexes and validator of {@code table}'s collection, or null for a table holding no entities. */
	CollectionSchema schema(Table table, Metadata metadata) {
		CollectionSchemas schemas = schemas( metadata );
		return schemas == null ? null : schemas.of( table );
	}

	/**
	 * The schemas of {@code metadata}'s collections, built on first use (the SessionFactory keeps the same
	 * metadata for its schema manager); null, said once in the log, when no SessionFactory is being built, as
	 * in JPA's {@code Persistence.generateSchema}, since field paths come from the SessionFactory's mapping.
	 */
	private synchronized CollectionSchemas schemas(Metadata metadata) {
		if ( schemasOf != metadata ) {
			schemasOf = metadata;
			schemas = CollectionSchemas.of( metadata );
			if ( schemas == null ) {
				LOG.warning( "Schema export without a SessionFactory writes collections only, no indexes or validators: "
						+ "let the SessionFactory run it (hibernate.hbm2ddl.auto or jakarta.persistence.schema-generation.* settings)" );
			}
		}
		return schemas;
	}

	@Override
	public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context) {
		if ( CollectionTables.isStoredElsewhere( table, metadata ) ) {
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
