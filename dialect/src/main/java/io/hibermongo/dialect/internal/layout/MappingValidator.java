package io.hibermongo.dialect.internal.layout;

import io.hibermongo.dialect.MongoDialect;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Lays out every entity when the SessionFactory is created, so a mapping that cannot be stored fails
 * at startup (naming the entity and attribute) rather than at its first use.
 */
public final class MappingValidator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
		if ( sessionFactory.getJdbcServices().getDialect() instanceof MongoDialect dialect ) {
			sessionFactory.addObserver( new SessionFactoryObserver() {
				@Override
				public void sessionFactoryCreated(SessionFactory factory) {
					( (io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory) dialect.getSqlAstTranslatorFactory() )
							.layout( (SessionFactoryImplementor) factory );
				}
			} );
		}
	}
}
