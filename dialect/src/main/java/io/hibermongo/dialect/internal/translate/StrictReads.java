package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.dialect.internal.mql.RequiredFields;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.from.TableGroup;

/**
 * {@link MongoSettings#STRICT_READS} (also on under {@link MongoSettings#ENFORCE_SCHEMA}): which columns of
 * a read of an entity must be present in every document, namely those the queried entity maps as
 * not nullable (its id, {@code @Column(nullable = false)}, {@code optional = false} associations). Decided
 * once per translated statement; with the setting off nothing is checked on the rows.
 */
final class StrictReads {

	private StrictReads() {
	}

	/**
	 * The required columns among {@code read} (the column read by each result column, null for a computed
	 * one), or null when there are none or strict reads are off.
	 */
	static RequiredFields required(SessionFactoryImplementor sessionFactory, TranslationContext context, TableGroup root,
			List<ColumnReference> read) {
		if ( !isOn( sessionFactory ) || !( root.getModelPart() instanceof EntityMappingType entity ) ) {
			return null;
		}
		Set<String> notNullable = new HashSet<>();
		entity.forEachSelectable( (index, selectable) -> {
			if ( !selectable.isNullable() && !selectable.isFormula() ) {
				notNullable.add( selectable.getSelectionExpression() );
			}
		} );
		List<Integer> required = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for ( int i = 0; i < read.size(); i++ ) {
			if ( read.get( i ) != null && notNullable.contains( read.get( i ).getColumnExpression() ) ) {
				required.add( i );
				fields.add( context.path( read.get( i ) ) );
			}
		}
		return required.isEmpty() ? null : new RequiredFields( entity.getEntityName(),
				required.stream().mapToInt( Integer::intValue ).toArray(), fields.toArray( new String[0] ) );
	}

	private static boolean isOn(SessionFactoryImplementor sessionFactory) {
		return ConfigurationHelper.getBoolean( MongoSettings.STRICT_READS, sessionFactory.getProperties(), false )
				|| ConfigurationHelper.getBoolean( MongoSettings.ENFORCE_SCHEMA, sessionFactory.getProperties(), false );
	}
}
