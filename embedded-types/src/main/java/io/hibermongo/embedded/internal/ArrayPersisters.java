package io.hibermongo.embedded.internal;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Collection;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.internal.PersisterClassResolverInitiator;
import org.hibernate.persister.internal.StandardPersisterClassResolver;
import org.hibernate.persister.spi.PersisterClassResolver;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Discovered by Hibernate through {@code ServiceLoader}: element collections get the
 * {@link ArrayCollectionPersister} (which acts like Hibernate's own unless the dialect is MongoDB's). A
 * {@code hibernate.persister.resolver} the user configured is kept as is.
 */
public final class ArrayPersisters implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
		serviceRegistryBuilder.addInitiator( new Initiator() );
	}

	private static final class Initiator implements StandardServiceInitiator<PersisterClassResolver> {
		@Override
		public Class<PersisterClassResolver> getServiceInitiated() {
			return PersisterClassResolver.class;
		}

		@Override
		public PersisterClassResolver initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
			if ( settings.get( PersisterClassResolverInitiator.IMPL_NAME ) != null ) {
				return PersisterClassResolverInitiator.INSTANCE.initiateService( settings, registry );
			}
			return new Resolver();
		}
	}

	private static final class Resolver extends StandardPersisterClassResolver {
		@Override
		public Class<? extends CollectionPersister> getCollectionPersisterClass(Collection metadata) {
			return metadata.isOneToMany() ? super.getCollectionPersisterClass( metadata ) : ArrayCollectionPersister.class;
		}
	}
}
