package io.hibermongo.dialect.internal.layout;

import java.util.Map;

import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.MappingSettings;

/**
 * The tables of a JOINED hierarchy are parts of one document, so a subclass table's row cannot be told apart
 * by its presence (its key is the document's {@code _id}, present in every document): the document says
 * which class it is in a discriminator field, as a MongoDB user writes a class hierarchy. For a persistence
 * unit on MongoDB this turns on Hibernate's own implicit discriminator for JOINED hierarchies
 * ({@value MappingSettings#IMPLICIT_DISCRIMINATOR_COLUMNS_FOR_JOINED_SUBCLASS}: a {@code DTYPE} field holding
 * the entity name, or what {@code @DiscriminatorColumn}/{@code @DiscriminatorValue} declare) unless the
 * settings say otherwise; Hibernate then writes it on insert and uses it for {@code type()}, {@code treat()}
 * and polymorphic loading. A hierarchy left without one is refused at startup ({@link DocumentLayoutBuilder}).
 */
public final class JoinedDiscriminators {

	private JoinedDiscriminators() {
	}

	/** Defaults the implicit JOINED discriminator to on when {@code builder}'s settings are those of a MongoDB unit. */
	public static void apply(StandardServiceRegistryBuilder builder) {
		Map<String, Object> settings = builder.getSettings();
		if ( isMongo( settings ) && !settings.containsKey( MappingSettings.IMPLICIT_DISCRIMINATOR_COLUMNS_FOR_JOINED_SUBCLASS ) ) {
			builder.applySetting( MappingSettings.IMPLICIT_DISCRIMINATOR_COLUMNS_FOR_JOINED_SUBCLASS, true );
		}
	}

	private static boolean isMongo(Map<String, Object> settings) {
		Object dialect = settings.get( AvailableSettings.DIALECT );
		boolean mongoDialect = dialect instanceof MongoDialect
				|| dialect instanceof Class<?> type && MongoDialect.class.isAssignableFrom( type )
				|| dialect instanceof String name && name.trim().equals( MongoDialect.class.getName() );
		return mongoDialect || MongoConnectionProvider.handles( settings );
	}
}
