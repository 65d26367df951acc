package io.hibermongo.dialect;

import io.hibermongo.dialect.internal.schema.CollectionExporter;
import io.hibermongo.dialect.internal.schema.NoCommandExporter;
import io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory;
import io.hibermongo.dialect.internal.type.MongoTypes;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.NullOrdering;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * The Hibernate dialect for MongoDB: name it in {@code hibernate.dialect} and give a {@code mongodb://}
 * URL in {@code jakarta.persistence.jdbc.url}; nothing else is required.
 * <p>
 * Hibernate's SQL AST is translated into MongoDB commands instead of SQL text (see
 * {@link #getSqlAstTranslatorFactory()}); values are stored with their natural BSON types
 * ({@link #contributeTypes}); a table is a collection.
 */
public class MongoDialect extends Dialect {

	private final MongoSqlAstTranslatorFactory translatorFactory = new MongoSqlAstTranslatorFactory();

	public MongoDialect() {
		super( DatabaseVersion.make( 7 ) );
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

	/** MongoDB sorts NULL and missing values before everything else. */
	@Override
	public NullOrdering getNullOrdering() {
		return NullOrdering.SMALLEST;
	}

	@Override
	public boolean supportsNullPrecedence() {
		return true;
	}

	@Override
	public Exporter<Table> getTableExporter() {
		return new CollectionExporter();
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
