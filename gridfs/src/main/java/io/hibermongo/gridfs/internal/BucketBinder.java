package io.hibermongo.gridfs.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.util.Set;
import java.util.function.Function;

import io.hibermongo.gridfs.GridFsBucket;
import org.hibernate.MappingException;
import org.hibernate.binder.AttributeBinder;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * Applies {@link GridFsBucket}: the attribute's JdbcType becomes a {@link GridFsLobJdbcType} of the named
 * bucket, binary or text after the attribute's Java type.
 */
public final class BucketBinder implements AttributeBinder<GridFsBucket> {

	private static final Set<Class<?>> BINARY = Set.of( byte[].class, Byte[].class, Blob.class );
	private static final Set<Class<?>> TEXT = Set.of( String.class, char[].class, Character[].class, Clob.class );

	@Override
	public void bind(GridFsBucket annotation, MetadataBuildingContext buildingContext, PersistentClass persistentClass, Property property) {
		String bucket = BucketNames.checked( annotation.value() );
		if ( !( property.getValue() instanceof BasicValue basic ) ) {
			throw refused( persistentClass, property, "it is not a basic attribute" );
		}
		Function<TypeConfiguration, Type> javaType = basic.getImplicitJavaTypeAccess();
		basic.setExplicitJdbcTypeAccess( typeConfiguration -> {
			Type type = javaType.apply( typeConfiguration );
			Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
			if ( BINARY.contains( raw ) ) {
				return new GridFsLobJdbcType( SqlTypes.BLOB, bucket );
			}
			if ( TEXT.contains( raw ) ) {
				return new GridFsLobJdbcType( SqlTypes.CLOB, bucket );
			}
			if ( raw == NClob.class ) {
				return new GridFsLobJdbcType( SqlTypes.NCLOB, bucket );
			}
			throw refused( persistentClass, property, "its type " + raw.getName() + " is not a LOB type"
					+ " (byte[], Byte[], Blob, String, char[], Character[], Clob, NClob)" );
		} );
	}

	private static MappingException refused(PersistentClass persistentClass, Property property, String why) {
		return new MappingException( "@GridFsBucket on attribute '" + property.getName() + "' of entity '"
				+ persistentClass.getEntityName() + "' is not supported: " + why );
	}
}
