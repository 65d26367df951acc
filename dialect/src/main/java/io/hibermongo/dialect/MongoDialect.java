package io.hibermongo.dialect;

import java.util.Map;

import io.hibermongo.dialect.internal.id.MongoIdentityColumnSupport;
import io.hibermongo.dialect.internal.id.MongoSequenceSupport;
import io.hibermongo.dialect.internal.jdbc.MongoErrorConversion;
import io.hibermongo.dialect.internal.schema.CollectionExporter;
import io.hibermongo.dialect.internal.schema.CounterExporter;
import io.hibermongo.dialect.internal.schema.MongoSchemaManagementTool;
import io.hibermongo.dialect.internal.schema.NoCommandExporter;
import io.hibermongo.dialect.internal.translate.ArrayFunctionRegistry;
import io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory;
import io.hibermongo.dialect.internal.translate.MultiTableInsertRefusal;
import io.hibermongo.dialect.internal.type.MongoTypes;
import org.hibernate.HibernateException;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.NullOrdering;
import org.hibernate.dialect.function.CommonFunctionFactory;
import org.hibernate.dialect.identity.IdentityColumnSupport;
import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.dialect.pagination.NoopLimitHandler;
import org.hibernate.dialect.sequence.SequenceSupport;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.query.sqm.mutation.spi.SqmMultiTableInsertStrategy;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.tool.schema.spi.SchemaManagementTool;

/**
 * The Hibernate dialect for MongoDB: name it in {@code hibernate.dialect} and give a {@code mongodb://}
 * URL in {@code jakarta.persistence.jdbc.url}; nothing else is required.
 * <p>
 * Hibernate's SQL AST is translated into MongoDB commands instead of SQL text (see
 * {@link #getSqlAstTranslatorFactory()}); values are stored with their natural BSON types
 * ({@link #contributeTypes}); a table is a collection.
 */
public class MongoDialect extends Dialect {

	/** The default name of the counter collection ({@link MongoSettings#SEQUENCE_COLLECTION}). */
	public static final String DEFAULT_SEQUENCE_COLLECTION = "hibernate_sequences";

	private final MongoSqlAstTranslatorFactory translatorFactory = new MongoSqlAstTranslatorFactory();
	private final String sequenceCollection;
	private final CollectionExporter tableExporter;

	public MongoDialect() {
		super( DatabaseVersion.make( 7 ) );
		sequenceCollection = DEFAULT_SEQUENCE_COLLECTION;
		tableExporter = new CollectionExporter( sequenceCollection );
	}

	/** The constructor Hibernate uses: reads {@link MongoSettings#SEQUENCE_COLLECTION}. */
	public MongoDialect(DialectResolutionInfo info) {
		super( DatabaseVersion.make( 7 ) );
		Object configured = info.getConfigurationValues().get( MongoSettings.SEQUENCE_COLLECTION );
		sequenceCollection = configured == null || configured.toString().isBlank() ? DEFAULT_SEQUENCE_COLLECTION : configured.toString();
		if ( sequenceCollection.startsWith( "$" ) || sequenceCollection.indexOf( '\0' ) >= 0 ) {
			throw new HibernateException( MongoSettings.SEQUENCE_COLLECTION + " '" + sequenceCollection + "' is not a valid collection name" );
		}
		tableExporter = new CollectionExporter( sequenceCollection );
	}

	/** The collection holding the id counters ({@link MongoSettings#SEQUENCE_COLLECTION}). */
	public String getSequenceCollection() {
		return sequenceCollection;
	}

	@Override
	public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
		return translatorFactory;
	}

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes( typeContributions, serviceRegistry );
		MongoTypes.contribute( typeContributions, serviceRegistry );
	}

	/**
	 * Hibernate's standard functions, plus those the base dialect leaves to each database and H2 has:
	 * {@code trunc}/{@code truncate} of numbers and of dates, {@code listagg}, {@code median},
	 * {@code mode}, {@code percentile_cont} and {@code percentile_disc}, the window functions ({@code row_number},
	 * {@code lag}, {@code lead}, {@code first_value}, {@code last_value}, {@code nth_value}, {@code ntile}) and
	 * {@code rank}, {@code dense_rank}, {@code percent_rank}, {@code cume_dist}; and Hibernate's array functions
	 * ({@code array_contains}, {@code array_length}, {@code array_get}, {@code array_slice}… and
	 * {@code unnest}) and JSON functions with the argument checks and result types Hibernate gives them on H2,
	 * whose array semantics are SQL's. None is rendered as SQL: how each is translated, or refused, is the
	 * translator's business ({@code FunctionTranslator}).
	 */
	@Override
	public void initializeFunctionRegistry(FunctionContributions functionContributions) {
		super.initializeFunctionRegistry( functionContributions );
		CommonFunctionFactory functions = new CommonFunctionFactory( functionContributions );
		functions.trunc_dateTrunc();
		functions.log10();
		functions.degrees();
		functions.radians();
		functions.repeat();
		functions.listagg( null );
		functions.median();
		functions.inverseDistributionOrderedSetAggregates();
		functions.windowFunctions();
		functions.hypotheticalOrderedSetAggregates();
		// no dialect of Hibernate's registers ntile(); H2 runs it untyped, here it has its SQL type
		functionContributions.getFunctionRegistry().namedWindowDescriptorBuilder( "ntile" )
				.setExactArgumentCount( 1 )
				.setParameterTypes( org.hibernate.query.sqm.produce.function.FunctionParameterType.INTEGER )
				.setInvariantType( functionContributions.getTypeConfiguration().getBasicTypeRegistry()
						.resolve( org.hibernate.type.StandardBasicTypes.LONG ) )
				.register();
		ArrayFunctionRegistry.register( functionContributions );
	}

	/**
	 * Parameters can be BSON arrays, so Hibernate's loaders of several keys at once (multi-id and multi
	 * natural-id loads, batch fetching) bind all keys as one array parameter
	 * ({@link #useArrayForMultiValuedParameters()}): a load of any number of keys is one command,
	 * <code>{field: {$in: [keys]}}</code>. Attributes of basic array or collection types (ARRAY columns:
	 * {@code String[]}, {@code int[]}, {@code List<String>} without {@code @ElementCollection}) are BSON
	 * arrays in the document.
	 */
	@Override
	public boolean supportsStandardArrays() {
		return true;
	}

	/** MongoDB sorts NULL and missing values before everything else. */
	@Override
	public NullOrdering getNullOrdering() {
		return NullOrdering.SMALLEST;
	}

	@Override
	public boolean supportsNullPrecedence() {
		return true;
	}

	/** Collections with their indexes and, under {@link MongoSettings#ENFORCE_SCHEMA}, their validators. */
	@Override
	public Exporter<Table> getTableExporter() {
		return tableExporter;
	}

	/** Sequences are counters in the counter collection, incremented atomically by their allocation size. */
	@Override
	public SequenceSupport getSequenceSupport() {
		return new MongoSequenceSupport( sequenceCollection );
	}

	@Override
	public Exporter<Sequence> getSequenceExporter() {
		return new CounterExporter( sequenceCollection );
	}

	/** IDENTITY ids come from a counter per collection as the insert runs; see {@link MongoIdentityColumnSupport}. */
	@Override
	public IdentityColumnSupport getIdentityColumnSupport() {
		return new MongoIdentityColumnSupport();
	}

	/** HQL inserts that Hibernate would number through a temporary table are refused by name; see {@link MultiTableInsertRefusal}. */
	@Override
	public SqmMultiTableInsertStrategy getFallbackSqmInsertStrategy(EntityMappingType entityDescriptor,
			RuntimeModelCreationContext runtimeModelCreationContext) {
		return new MultiTableInsertRefusal( entityDescriptor.getEntityName() );
	}

	/** {@code validate} and {@code update} as suit a schemaless store; see {@link MongoSchemaManagementTool}. */
	@Override
	public SchemaManagementTool getFallbackSchemaManagementTool(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
		return new MongoSchemaManagementTool();
	}

	/**
	 * How Hibernate pages native queries: {@code setMaxResults} becomes {@code setMaxRows}, which a native
	 * {@code find} or {@code aggregate} sends as its limit, and {@code setFirstResult} skips rows as they are
	 * read. Translated queries page on the server with {@code skip} and {@code limit}.
	 */
	@Override
	public LimitHandler getLimitHandler() {
		return NoopLimitHandler.INSTANCE;
	}

	/**
	 * Driver errors reach Hibernate as SQLExceptions whose SQLState says what happened (duplicate key,
	 * write conflict, time limit, network, authorization …); this turns each into the Hibernate exception
	 * a user already knows, keeping the driver's exception as the cause. The table is in
	 * {@code docs/DESIGN.md} ("Driver errors").
	 */
	@Override
	public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
		return new MongoErrorConversion();
	}

	@Override
	public String getNativeIdentifierGeneratorStrategy() {
		return "sequence";
	}

	@Override
	public Exporter<ForeignKey> getForeignKeyExporter() {
		return new NoCommandExporter<>();
	}

	@Override
	public Exporter<Index> getIndexExporter() {
		return new NoCommandExporter<>();
	}

	@Override
	public Exporter<UniqueKey> getUniqueKeyExporter() {
		return new NoCommandExporter<>();
	}
}
