package io.hibermongo.dialect.internal.layout;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.MongoSequences;
import io.hibermongo.dialect.internal.id.ObjectIdGeneration;
import io.hibermongo.dialect.internal.nativequery.MqlNativeQueryInterpreter;
import io.hibermongo.dialect.internal.schema.CollectionExporter;
import io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory;
import io.hibermongo.dialect.internal.translate.NamedQueryCheck;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Checks the mapping when the SessionFactory is created, so what cannot be stored fails at startup
 * (naming the entity and attribute) rather than at its first use: every entity is laid out, every id
 * generator's counter is checked (names, allocation sizes), the indexes and validators of every
 * collection are built (so a bad {@code @MongoIndex} fails here), every named native query is read and
 * every named HQL or Criteria query is translated ({@link NamedQueryCheck}).
 * Before the persisters are built, the rows of tables that are parts of a document are marked as deleted
 * with it ({@link PartRowDeletes}).
 * With {@code hibernate.hbm2ddl.auto=validate}
 * a counter behind the ids already stored fails startup; with {@code update} it is reseeded.
 */
public final class MappingValidator implements Integrator {

	private static final Logger LOG = Logger.getLogger( MappingValidator.class.getName() );

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
		if ( sessionFactory.getJdbcServices().getDialect() instanceof MongoDialect dialect ) {
			SqlTextMappings.check( metadata );
			ObjectIdGeneration.apply( metadata );
			PartRowDeletes.deleteWithDocument( metadata );
			( (MongoSqlAstTranslatorFactory) dialect.getSqlAstTranslatorFactory() ).bind( sessionFactory );
			sessionFactory.addObserver( new SessionFactoryObserver() {
				@Override
				public void sessionFactoryCreated(SessionFactory factory) {
					( (MongoSqlAstTranslatorFactory) dialect.getSqlAstTranslatorFactory() ).layout( (SessionFactoryImplementor) factory );
					( (CollectionExporter) dialect.getTableExporter() ).check( metadata );
					MqlNativeQueryInterpreter.checkNamedQueries( (SessionFactoryImplementor) factory );
					NamedQueryCheck.translateAll( (SessionFactoryImplementor) factory );
					checkCounters( factory, schemaAction( sessionFactory.getProperties() ) );
				}
			} );
		}
	}

	private static void checkCounters(SessionFactory factory, String action) {
		MongoSequences sequences = MongoSequences.of( factory );
		if ( "validate".equals( action ) ) {
			List<MongoSequences.Counter> behind = sequences.report().stream().filter( MongoSequences.Counter::behind ).toList();
			if ( !behind.isEmpty() ) {
				throw new SchemaManagementException( "Schema validation: id counters are behind the ids already stored, so new ids "
						+ "would collide: " + behind + ". Reseed them with MongoSequences.of(factory).reseed() or start once with "
						+ "hibernate.hbm2ddl.auto=update" );
			}
		}
		else if ( "update".equals( action ) ) {
			for ( MongoSequences.Counter before : sequences.report() ) {
				if ( before.behind() ) {
					LOG.warning( "Schema update: reseeding id counter " + before + " to " + sequences.reseed( before.generator() ).nextValue() );
				}
			}
		}
	}

	private static String schemaAction(Map<String, Object> properties) {
		Object action = properties.get( SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION );
		if ( action == null ) {
			action = properties.get( SchemaToolingSettings.HBM2DDL_AUTO );
		}
		return action == null ? "none" : action.toString().trim().toLowerCase( java.util.Locale.ROOT );
	}
}
