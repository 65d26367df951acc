package io.hibermongo.dialect.internal.jdbc;

import java.util.Map;

import io.hibermongo.dialect.internal.layout.JoinedDiscriminators;
import io.hibermongo.dialect.internal.nativequery.MqlNativeQueryInterpreter;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.engine.jdbc.connections.internal.ConnectionProviderInitiator;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Discovered by Hibernate through {@code ServiceLoader}: when the settings name a MongoDB server (a
 * {@code mongodb://} or {@code mongodb+srv://} URL, or a client), connections come from
 * {@link MongoConnectionProvider}; any other configuration keeps Hibernate's own provider. With
 * {@code MongoDialect}, native queries are native MQL ({@link MqlNativeQueryInterpreter}) and JOINED
 * hierarchies get a discriminator field ({@link JoinedDiscriminators}).
 */
public final class MongoServiceContributor implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
		serviceRegistryBuilder.addInitiator( new Initiator() );
		serviceRegistryBuilder.addInitiator( new MqlNativeQueryInterpreter.Initiator() );
		JoinedDiscriminators.apply( serviceRegistryBuilder );
	}

	private static final class Initiator implements StandardServiceInitiator<ConnectionProvider> {
		@Override
		public Class<ConnectionProvider> getServiceInitiated() {
			return ConnectionProvider.class;
		}

		@Override
		public ConnectionProvider initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
			boolean explicitProvider = settings.get( JdbcSettings.CONNECTION_PROVIDER ) != null
					|| settings.get( JdbcSettings.JAKARTA_JTA_DATASOURCE ) != null
					|| settings.get( JdbcSettings.JAKARTA_NON_JTA_DATASOURCE ) != null;
			if ( !explicitProvider && MongoConnectionProvider.handles( settings ) ) {
				return new MongoConnectionProvider();
			}
			return ConnectionProviderInitiator.INSTANCE.initiateService( settings, registry );
		}
	}
}
