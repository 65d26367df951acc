package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.internal.HibernateSchemaManagementTool;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaMigrator;
import org.hibernate.tool.schema.spi.SchemaValidator;

/**
 * Hibernate's schema tool, with {@code validate} and {@code update} made for a schemaless store: a table
 * is a collection, and its columns are fields that need no declaration.
 * <ul>
 * <li>{@code validate} fails when a mapped collection does not exist;</li>
 * <li>{@code update} creates missing collections and missing sequence counters (never changing an
 *     existing counter).</li>
 * </ul>
 * Whether counters are behind the ids already stored is checked once the SessionFactory is up
 * (see {@code io.hibermongo.dialect.internal.id.CounterCheck}), since that needs the id generators.
 */
public final class MongoSchemaManagementTool extends HibernateSchemaManagementTool {

	private static final Logger LOG = Logger.getLogger( MongoSchemaManagementTool.class.getName() );
	private static final int NAMESPACE_EXISTS = 48;

	@Override
	public SchemaValidator getSchemaValidator(Map<String, Object> options) {
		return (metadata, executionOptions, filter) -> {
			Set<String> existing = existingCollections();
			for ( Table table : tables( metadata, filter ) ) {
				if ( !existing.contains( table.getName() ) ) {
					throw new SchemaManagementException( "Schema validation: missing collection [" + table.getName() + "]" );
				}
			}
		};
	}

	@Override
	public SchemaMigrator getSchemaMigrator(Map<String, Object> options) {
		return (metadata, executionOptions, filter, targetDescriptor) -> {
			Set<String> existing = existingCollections();
			for ( Table table : tables( metadata, filter ) ) {
				if ( !existing.contains( table.getName() ) ) {
					run( new BsonDocument( "create", new BsonString( table.getName() ) ) );
					LOG.info( "Schema update: created collection " + table.getName() );
				}
			}
			SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromConfigurationMap(
					metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), executionOptions.getConfigurationValues() );
			for ( Namespace namespace : metadata.getDatabase().getNamespaces() ) {
				for ( Sequence sequence : namespace.getSequences() ) {
					if ( filter.matches( sequence ) ) {
						for ( String command : metadata.getDatabase().getDialect().getSequenceExporter()
								.getSqlCreateStrings( sequence, metadata, context ) ) {
							run( BsonDocument.parse( command ) );
						}
					}
				}
			}
		};
	}

	private static List<Table> tables(Metadata metadata, ContributableMatcher filter) {
		List<Table> tables = new ArrayList<>();
		for ( Namespace namespace : metadata.getDatabase().getNamespaces() ) {
			for ( Table table : namespace.getTables() ) {
				if ( table.isPhysicalTable() && filter.matches( table ) && !CollectionTables.isArrayTable( table, metadata ) ) {
					tables.add( table );
				}
			}
		}
		return tables;
	}

	private MongoDatabase database() {
		return getServiceRegistry().requireService( ConnectionProvider.class ).unwrap( MongoConnectionProvider.class ).database();
	}

	private Set<String> existingCollections() {
		return database().listCollectionNames().into( new HashSet<>() );
	}

	private void run(BsonDocument command) {
		try {
			database().runCommand( command );
		}
		catch (MongoCommandException e) {
			if ( e.getCode() != NAMESPACE_EXISTS ) {
				throw e;
			}
		}
	}
}
