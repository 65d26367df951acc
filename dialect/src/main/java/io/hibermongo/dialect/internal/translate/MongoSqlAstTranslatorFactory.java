package io.hibermongo.dialect.internal.translate;

import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.internal.id.GeneratorStatements;
import io.hibermongo.dialect.internal.jdbc.CommandRegistry;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.DocumentLayoutBuilder;
import io.hibermongo.dialect.spi.ArrayLayoutProvider;
import org.hibernate.HibernateException;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcSelect;
import org.hibernate.sql.model.ast.TableMutation;
import org.hibernate.sql.model.jdbc.JdbcMutationOperation;

/**
 * Hands Hibernate our translators instead of SQL renderers. One factory per dialect instance, hence per
 * SessionFactory: it keeps that SessionFactory's {@link DocumentLayout}, built on first use.
 */
public final class MongoSqlAstTranslatorFactory implements SqlAstTranslatorFactory {

	private volatile DocumentLayout layout;
	private volatile SessionFactoryImplementor sessionFactory;

	@Override
	public SqlAstTranslator<JdbcSelect> buildSelectTranslator(SessionFactoryImplementor sessionFactory, SelectStatement statement) {
		return TranslatorHandle.of( new MongoSelectTranslator( sessionFactory, this, statement ) );
	}

	@Override
	public SqlAstTranslator<? extends JdbcOperationQueryMutation> buildMutationTranslator(SessionFactoryImplementor sessionFactory,
			MutationStatement statement) {
		return TranslatorHandle.of( new BulkMutationTranslator( sessionFactory, this, statement ) );
	}

	@Override
	public <O extends JdbcMutationOperation> SqlAstTranslator<O> buildModelMutationTranslator(TableMutation<O> mutation,
			SessionFactoryImplementor sessionFactory) {
		return TranslatorHandle.of( new TableMutationTranslator<>( sessionFactory, this, mutation ) );
	}

	/** Remembers the SessionFactory being built, for schema management, which Hibernate runs without it. */
	public void bind(SessionFactoryImplementor sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	/** The SessionFactory this dialect serves, or null before one is being built. */
	public SessionFactoryImplementor sessionFactory() {
		return sessionFactory;
	}

	/** The layout of the SessionFactory's entities; validates the mapping the first time. */
	public DocumentLayout layout(SessionFactoryImplementor sessionFactory) {
		DocumentLayout current = layout;
		if ( current == null ) {
			synchronized ( this ) {
				if ( layout == null ) {
					layout = DocumentLayoutBuilder.build( sessionFactory.getMappingMetamodel(), arrayLayouts( sessionFactory ) );
					commands( sessionFactory ).useLayout( layout );
				}
				current = layout;
			}
		}
		return current;
	}

	/** The provider of array layouts on the class path (the embedded-types module), or null. */
	private static ArrayLayoutProvider arrayLayouts(SessionFactoryImplementor sessionFactory) {
		var providers = sessionFactory.getServiceRegistry().requireService( ClassLoaderService.class )
				.loadJavaServices( ArrayLayoutProvider.class );
		return providers.isEmpty() ? null : providers.iterator().next();
	}

	CommandRegistry commands(SessionFactoryImplementor sessionFactory) {
		ConnectionProvider provider = sessionFactory.getServiceRegistry().requireService( ConnectionProvider.class );
		if ( !provider.isUnwrappableAs( MongoConnectionProvider.class ) ) {
			throw new HibernateException( "MongoDialect needs Hibermongo's connection provider, but "
					+ provider.getClass().getName() + " is configured: set jakarta.persistence.jdbc.url to a mongodb:// URL "
					+ "and do not set hibernate.connection.provider_class or a DataSource" );
		}
		CommandRegistry commands = provider.unwrap( MongoConnectionProvider.class ).commands();
		if ( !commands.hasMissSource() ) {
			commands.registerOnFirstMiss( () -> GeneratorStatements.of( sessionFactory, counterCollection( sessionFactory ) ) );
		}
		return commands;
	}

	static String counterCollection(SessionFactoryImplementor sessionFactory) {
		return ( (MongoDialect) sessionFactory.getJdbcServices().getDialect() ).getSequenceCollection();
	}
}
