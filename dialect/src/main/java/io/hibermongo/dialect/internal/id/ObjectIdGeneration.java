package io.hibermongo.dialect.internal.id;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import org.bson.types.ObjectId;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SimpleValue;

/**
 * {@code @GeneratedValue} with the default strategy (AUTO) and no named generator on an
 * {@code ObjectId} or {@code String} id means, on MongoDB, a new ObjectId made on the client (its hex
 * form for a {@code String}): Hibernate alone would pick a sequence, which cannot produce either type.
 * An explicit {@code strategy = UUID} or a named generator is left to Hibernate.
 */
public final class ObjectIdGeneration {

	private ObjectIdGeneration() {
	}

	/** Installs the ObjectId generator on every id it applies to; call before the SessionFactory builds its generators. */
	public static void apply(Metadata metadata) {
		for ( PersistentClass entity : metadata.getEntityBindings() ) {
			Property idProperty = entity.getIdentifierProperty();
			if ( idProperty == null || !( entity.getIdentifier() instanceof SimpleValue id ) || id.getCustomIdGeneratorCreator() == null
					|| entity.getMappedClass() == null ) {
				continue;
			}
			AnnotatedElement member = member( entity.getMappedClass(), idProperty.getName() );
			if ( member == null ) {
				continue;
			}
			Class<?> type = member instanceof Field field ? field.getType() : ( (Method) member ).getReturnType();
			GeneratedValue generated = member.getAnnotation( GeneratedValue.class );
			if ( generated != null && generated.strategy() == GenerationType.AUTO && generated.generator().isEmpty()
					&& ( type == ObjectId.class || type == String.class ) ) {
				boolean hex = type == String.class;
				id.setCustomIdGeneratorCreator( context -> new ObjectIdGenerator( hex ) );
			}
		}
	}

	private static AnnotatedElement member(Class<?> type, String property) {
		for ( Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass() ) {
			for ( Field field : current.getDeclaredFields() ) {
				if ( field.getName().equals( property ) && field.isAnnotationPresent( GeneratedValue.class ) ) {
					return field;
				}
			}
			String suffix = Character.toUpperCase( property.charAt( 0 ) ) + property.substring( 1 );
			for ( Method method : current.getDeclaredMethods() ) {
				if ( method.getParameterCount() == 0 && ( method.getName().equals( "get" + suffix ) || method.getName().equals( "is" + suffix ) )
						&& method.isAnnotationPresent( GeneratedValue.class ) ) {
					return method;
				}
			}
		}
		return null;
	}
}
