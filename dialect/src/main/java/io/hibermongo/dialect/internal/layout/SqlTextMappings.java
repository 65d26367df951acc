package io.hibermongo.dialect.internal.layout;

import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Value;

/**
 * Refuses at startup the mappings that carry SQL text, which no MongoDB command can run: {@code @Formula}
 * and {@code @JoinFormula} (a column that is an SQL expression), {@code @SQLRestriction} on an entity or a
 * collection, {@code @Filter} conditions, and {@code @Subselect} entities. Each failure names the
 * annotation, the entity and (for attributes) the attribute; without it, a formula would be read as
 * a field of that name, a restriction or filter silently dropped.
 */
public final class SqlTextMappings {

	private SqlTextMappings() {
	}

	/** Throws a {@link MappingException} for the first mapping of {@code metadata} that carries SQL text. */
	public static void check(Metadata metadata) {
		for ( PersistentClass entity : metadata.getEntityBindings() ) {
			String name = entity.getEntityName();
			if ( entity.getTable().getSubselect() != null ) {
				throw refuse( "@Subselect", "entity '" + name + "'" );
			}
			if ( entity.getWhere() != null ) {
				throw refuse( "@SQLRestriction", "entity '" + name + "'" );
			}
			if ( !entity.getFilters().isEmpty() ) {
				throw refuse( "@Filter", "entity '" + name + "'" );
			}
			for ( Property property : entity.getPropertyClosure() ) {
				check( name, property.getName(), property.getValue() );
			}
		}
	}

	private static void check(String entity, String attribute, Value value) {
		String where = "attribute '" + attribute + "' of entity '" + entity + "'";
		if ( value instanceof Component component ) {
			for ( Property property : component.getProperties() ) {
				check( entity, attribute + "." + property.getName(), property.getValue() );
			}
		}
		else if ( value instanceof Collection collection ) {
			if ( collection.getWhere() != null || collection.getManyToManyWhere() != null ) {
				throw refuse( "@SQLRestriction", where );
			}
			if ( !collection.getFilters().isEmpty() || !collection.getManyToManyFilters().isEmpty() ) {
				throw refuse( "@Filter", where );
			}
			check( entity, attribute, collection.getElement() );
		}
		else if ( value.hasFormula() ) {
			throw refuse( value instanceof org.hibernate.mapping.ToOne ? "@JoinFormula" : "@Formula", where );
		}
	}

	private static MappingException refuse(String annotation, String where) {
		return new MappingException( annotation + " on " + where
				+ " is not supported: it holds SQL text, which MongoDB cannot run; map the value as a field, or compute it in Java" );
	}
}
