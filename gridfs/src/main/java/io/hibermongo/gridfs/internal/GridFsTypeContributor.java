package io.hibermongo.gridfs.internal;

import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.gridfs.GridFsSettings;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Found by Hibernate through {@code ServiceLoader} when the gridfs module is on the classpath: with
 * {@link MongoDialect}, every LOB type code ({@code BLOB}, {@code CLOB}, {@code NCLOB} and the
 * {@code MATERIALIZED_*} codes Hibernate uses for {@code @Lob byte[]} and {@code @Lob String}) resolves
 * to a {@link GridFsLobJdbcType} of the bucket named by {@link GridFsSettings#BUCKET}. It runs after the
 * dialect's own contribution, so these replace Hibernate's LOB types, which the dialect refuses.
 */
public final class GridFsTypeContributor implements TypeContributor {

	@Override
	public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		if ( !( serviceRegistry.requireService( JdbcServices.class ).getDialect() instanceof MongoDialect ) ) {
			return;
		}
		String bucket = serviceRegistry.requireService( ConfigurationService.class )
				.getSetting( GridFsSettings.BUCKET, String.class, GridFsSettings.DEFAULT_BUCKET );
		JdbcTypeRegistry registry = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
		GridFsLobJdbcType blob = new GridFsLobJdbcType( SqlTypes.BLOB, bucket );
		GridFsLobJdbcType clob = new GridFsLobJdbcType( SqlTypes.CLOB, bucket );
		GridFsLobJdbcType nclob = new GridFsLobJdbcType( SqlTypes.NCLOB, bucket );
		registry.addDescriptor( SqlTypes.BLOB, blob );
		registry.addDescriptor( SqlTypes.MATERIALIZED_BLOB, blob );
		registry.addDescriptor( SqlTypes.CLOB, clob );
		registry.addDescriptor( SqlTypes.MATERIALIZED_CLOB, clob );
		registry.addDescriptor( SqlTypes.NCLOB, nclob );
		registry.addDescriptor( SqlTypes.MATERIALIZED_NCLOB, nclob );
	}
}
