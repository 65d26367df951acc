package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.mapping.Table;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The {@link CollectionSchema} of every mapped collection of one SessionFactory, built once from its
 * mapping: field paths from the {@link DocumentLayout}, indexes from the boot model's tables and
 * {@code @MongoIndex}, validators (with {@link MongoSettings#ENFORCE_SCHEMA}) from the fields and, when
 * Bean Validation is on the class path, its constraints.
 */
final class CollectionSchemas {

	private final Map<String, CollectionSchema> schemas = new HashMap<>();

	private CollectionSchemas() {
	}

	/**
	 * The schemas of {@code metadata}'s tables, or null when no SessionFactory is being built (JPA's
	 * {@code Persistence.generateSchema}), since field paths come from the SessionFactory's mapping.
	 */
	static CollectionSchemas of(Metadata metadata) {
		if ( !( metadata.getDatabase().getDialect().getSqlAstTranslatorFactory() instanceof MongoSqlAstTranslatorFactory translators )
				|| translators.sessionFactory() == null ) {
			return null;
		}
		SessionFactoryImplementor factory = translators.sessionFactory();
		DocumentLayout layout = translators.layout( factory );
		boolean enforce = isEnforced( factory.getProperties() );
		FieldConstraints constraints = enforce ? constraints( factory.getProperties() ) : FieldConstraints.NONE;
		CollectionSchemas built = new CollectionSchemas();
		Map<String, List<IndexDefinition>> arrayIndexes = new HashMap<>();
		for ( Namespace namespace : metadata.getDatabase().getNamespaces() ) {
			for ( Table table : namespace.getTables() ) {
				ArrayTable array = layout.arrayTable( table.getName() );
				if ( array != null ) {
					arrayIndexes.computeIfAbsent( array.collection(), owner -> new ArrayList<>() ).addAll( ArrayIndexes.of( table, array ) );
				}
			}
		}
		try {
			for ( Namespace namespace : metadata.getDatabase().getNamespaces() ) {
				for ( Table table : namespace.getTables() ) {
					List<EntityPersister> persisters = MappedFields.persisters( factory, table.getName() );
					if ( table.isPhysicalTable() && !persisters.isEmpty() ) {
						List<MappedField> fields = MappedFields.of( factory, layout, table );
						List<Class<?>> classes = new ArrayList<>();
						persisters.forEach( persister -> classes.add( persister.getMappedClass() ) );
						built.schemas.put( table.getName(), new CollectionSchema( table.getName(),
								enforce ? CollectionValidator.of( fields, MappedFields.arrays( factory, layout, table ), constraints ) : null,
								CollectionIndexes.of( documentTables( metadata, layout, table ), layout, fields,
										persisters.get( 0 ).getEntityName(), classes, arrayIndexes.getOrDefault( table.getName(), List.of() ) ) ) );
					}
				}
			}
		}
		finally {
			if ( constraints instanceof BeanValidationConstraints beanValidation ) {
				beanValidation.close();
			}
		}
		return built;
	}

	/** {@code table} and the JOINED subclass tables and secondary tables whose rows are parts of its documents. */
	private static List<Table> documentTables(Metadata metadata, DocumentLayout layout, Table table) {
		List<Table> tables = new ArrayList<>( List.of( table ) );
		for ( Namespace namespace : metadata.getDatabase().getNamespaces() ) {
			for ( Table other : namespace.getTables() ) {
				if ( layout.part( other.getName() ) != null && layout.part( other.getName() ).collection().equals( table.getName() ) ) {
					tables.add( other );
				}
			}
		}
		return tables;
	}

	static boolean isEnforced(Map<String, Object> settings) {
		return ConfigurationHelper.getBoolean( MongoSettings.ENFORCE_SCHEMA, settings, false );
	}

	/** Bean Validation's constraints when its API is on the class path (it is an optional dependency). */
	private static FieldConstraints constraints(Map<String, Object> settings) {
		try {
			Class.forName( "jakarta.validation.Validation", false, CollectionSchemas.class.getClassLoader() );
		}
		catch (ClassNotFoundException e) {
			return FieldConstraints.NONE;
		}
		return BeanValidationConstraints.from( settings );
	}

	/** The schema of the collection of {@code table}, or null for a table that holds no entities. */
	CollectionSchema of(Table table) {
		return schemas.get( table.getName() );
	}
}
