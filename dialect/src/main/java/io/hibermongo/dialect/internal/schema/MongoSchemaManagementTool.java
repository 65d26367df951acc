package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.internal.HibernateSchemaManagementTool;
import org.hibernate.tool.schema.internal.exec.GenerationTargetToScript;
import org.hibernate.tool.schema.internal.exec.GenerationTargetToStdout;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.GenerationTarget;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaMigrator;
import org.hibernate.tool.schema.spi.SchemaValidator;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's schema tool, with {@code validate} and {@code update} made for a schemaless store: a table
 * is a collection, and its columns are fields that need no declaration; what the mapping does declare
 * are the collection's indexes and, under {@code hibernate.mongodb.enforce_schema}, its validator
 * ({@link CollectionSchema}).
 * <ul>
 * <li>{@code validate} fails naming the first mapped collection that does not exist, index that is
 *     missing or differs, or validator that differs;</li>
 * <li>{@code update} creates missing collections (with their indexes and validator), missing indexes and
 *     missing sequence counters, applies the validator with {@code collMod}, and drops or changes
 *     nothing else: an index that differs from the mapping is logged.</li>
 * </ul>
 * Scripts (and standard output) receive mongosh statements ({@link MongoshScript}).
 * Whether counters are behind the ids already stored is checked once the SessionFactory is up
 * (see {@code io.hibermongo.dialect.internal.layout.MappingValidator}), since that needs the id generators.
 */
public final class MongoSchemaManagementTool extends HibernateSchemaManagementTool {

	private static final Logger LOG = Logger.getLogger( MongoSchemaManagementTool.class.getName() );
	private static final int NAMESPACE_EXISTS = 48;
	private static final int COMMAND_NOT_FOUND = 59;

	@Override
	public SchemaValidator getSchemaValidator(Map<String, Object> options) {
		return (metadata, executionOptions, filter) -> {
			Map<String, BsonDocument> existing = existingCollections();
			for ( Table table : tables( metadata, filter ) ) {
				if ( !existing.containsKey( table.getName() ) ) {
					throw new SchemaManagementException( "Schema validation: missing collection [" + table.getName() + "]" );
				}
				CollectionSchema schema = schema( metadata, table );
				if ( schema == null ) {
					continue;
				}
				ExistingIndexes indexes = ExistingIndexes.of( database(), table.getName() );
				for ( IndexDefinition index : schema.indexes() ) {
					String problem = indexes.problem( index );
					if ( problem != null ) {
						throw new SchemaManagementException( "Schema validation: " + problem );
					}
				}
				if ( schema.validator() != null && !sameValidator( schema, existing.get( table.getName() ) ) ) {
					throw new SchemaManagementException( "Schema validation: the validator of collection [" + table.getName()
							+ "] is " + validatorOf( existing.get( table.getName() ) ) + " instead of " + schema.validator().toJson() );
				}
			}
		};
	}

	@Override
	public SchemaMigrator getSchemaMigrator(Map<String, Object> options) {
		return (metadata, executionOptions, filter, targetDescriptor) -> {
			Map<String, BsonDocument> existing = existingCollections();
			for ( Table table : tables( metadata, filter ) ) {
				CollectionSchema schema = schema( metadata, table );
				if ( !existing.containsKey( table.getName() ) ) {
					for ( BsonDocument command : schema == null ? List.of( new BsonDocument( "create", new BsonString( table.getName() ) ) )
							: schema.createCommands() ) {
						run( command );
					}
					LOG.info( "Schema update: created collection " + table.getName() );
				}
				else if ( schema != null ) {
					update( schema, existing.get( table.getName() ) );
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

	/** Creates the indexes that are missing and applies the validator; logs the indexes that differ. */
	private void update(CollectionSchema schema, BsonDocument collection) {
		ExistingIndexes indexes = ExistingIndexes.of( database(), schema.collection() );
		List<IndexDefinition> missing = schema.indexes().stream().filter( indexes::lacks ).toList();
		BsonDocument createIndexes = schema.createIndexesCommand( missing );
		if ( createIndexes != null ) {
			run( createIndexes );
			missing.forEach( index -> LOG.info( "Schema update: created index " + index.name() + " on " + schema.collection() ) );
		}
		schema.indexes().stream().filter( index -> !missing.contains( index ) ).map( indexes::problem ).filter( Objects::nonNull )
				.forEach( problem -> LOG.warning( "Schema update leaves it as it is: " + problem ) );
		if ( schema.validator() != null && !sameValidator( schema, collection ) ) {
			try {
				database().runCommand( schema.collModCommand() );
				LOG.info( "Schema update: applied the validator of " + schema.collection() );
			}
			catch (MongoCommandException e) {
				if ( e.getCode() != COMMAND_NOT_FOUND ) {
					throw new SchemaManagementException( "Schema update: applying the validator of " + schema.collection() + " failed: "
							+ e.getErrorMessage(), e );
				}
				LOG.warning( "Schema update: the server has no collMod, so the validator of " + schema.collection() + " is not applied" );
			}
		}
	}

	private static boolean sameValidator(CollectionSchema schema, BsonDocument collection) {
		BsonValue validator = validatorOf( collection );
		return validator != null && validator.isDocument() && validator.asDocument().toJson().equals( schema.validator().toJson() );
	}

	private static BsonValue validatorOf(BsonDocument collection) {
		return collection.getDocument( "options", new BsonDocument() ).get( "validator" );
	}

	/** The indexes and validator of {@code table}'s collection, or null for a table holding no entities. */
	private static CollectionSchema schema(Metadata metadata, Table table) {
		return ( (CollectionExporter) metadata.getDatabase().getDialect().getTableExporter() ).schema( table, metadata );
	}

	@Override
	protected GenerationTarget buildScriptTarget(TargetDescriptor targetDescriptor, String scriptDelimiter) {
		return new MongoshScript( new GenerationTargetToScript( targetDescriptor.getScriptTargetOutput(), null ) );
	}

	@Override
	protected GenerationTarget buildStdoutTarget(String scriptDelimiter) {
		return new MongoshScript( new GenerationTargetToStdout( null ) );
	}

	private static List<Table> tables(Metadata metadata, ContributableMatcher filter) {
		List<Table> tables = new ArrayList<>();
		for ( Namespace namespace : metadata.getDatabase().getNamespaces() ) {
			for ( Table table : namespace.getTables() ) {
				if ( table.isPhysicalTable() && filter.matches( table ) && !CollectionTables.isStoredElsewhere( table, metadata ) ) {
					tables.add( table );
				}
			}
		}
		return tables;
	}

	private MongoDatabase database() {
		return getServiceRegistry().requireService( ConnectionProvider.class ).unwrap( MongoConnectionProvider.class ).database();
	}

	/** The existing collections by name, each as {@code listCollections} describes it (with its options). */
	private Map<String, BsonDocument> existingCollections() {
		Map<String, BsonDocument> collections = new HashMap<>();
		for ( BsonDocument collection : database().listCollections( BsonDocument.class ) ) {
			collections.put( collection.getString( "name" ).getValue(), collection );
		}
		return collections;
	}

	/** Runs a schema command; an existing collection is no error, anything else the server refuses fails the update. */
	private void run(BsonDocument command) {
		try {
			database().runCommand( command );
		}
		catch (MongoCommandException e) {
			if ( e.getCode() != NAMESPACE_EXISTS ) {
				throw new SchemaManagementException( "Schema update: " + command.toJson() + " failed: " + e.getErrorMessage(), e );
			}
		}
	}
}
