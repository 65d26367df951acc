package io.hibermongo.dialect.internal.id;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.IdentityCounter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.hibernate.MappingException;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Finds the counters behind the id generators of a SessionFactory's entities: sequences
 * ({@code SEQUENCE}/{@code AUTO}), {@code @TableGenerator} segments and IDENTITY collections. Refuses,
 * naming entity and generator, what a counter cannot do: a non-positive increment, or a counter name
 * with {@code $} or {@code .}.
 */
public final class GeneratorScan {

	private final SessionFactoryImplementor sessionFactory;
	private final String counterCollection;
	private final Map<String, GeneratedCounter> counters = new LinkedHashMap<>();

	private GeneratorScan(SessionFactoryImplementor sessionFactory, String counterCollection) {
		this.sessionFactory = sessionFactory;
		this.counterCollection = counterCollection;
	}

	public static List<GeneratedCounter> counters(SessionFactoryImplementor sessionFactory, String counterCollection) {
		GeneratorScan scan = new GeneratorScan( sessionFactory, counterCollection );
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor( scan::add );
		return List.copyOf( scan.counters.values() );
	}

	private void add(EntityPersister persister) {
		if ( !persister.getEntityName().equals( persister.getRootEntityName() ) ) {
			return;
		}
		String entityCollection = ( (AbstractEntityPersister) persister ).getTableName();
		if ( persister.getGenerator() instanceof SequenceStyleGenerator sequence && sequence.getDatabaseStructure().isPhysicalSequence() ) {
			// a qualifier ("schema.seq") would be dropped when the name is formatted: check the name as written
			CounterNames.checked( "sequence name", sequence.getDatabaseStructure().getPhysicalName().render() );
			String name = sessionFactory.getSqlStringGenerationContext().format( sequence.getDatabaseStructure().getPhysicalName() );
			checkIncrement( persister, name, sequence.getDatabaseStructure().getIncrementSize() );
			add( GeneratedCounter.Kind.SEQUENCE, CounterNames.checked( "sequence name", name ), counterCollection, name,
					MqlCommand.CounterIncrement.FIELD, 0, sequence.getOptimizer().getAdjustment(),
					sequence.getDatabaseStructure().getInitialValue(), entityCollection );
		}
		else if ( persister.getGenerator() instanceof TableGenerator table ) {
			checkIncrement( persister, table.getSegmentValue(), table.getIncrementSize() );
			add( GeneratedCounter.Kind.TABLE, CounterNames.checked( "table generator segment value", table.getSegmentValue() ),
					table.getTableName(), table.getSegmentValue(), table.getValueColumnName(), storesLastUsedValue( sessionFactory ) ? 1 : 0,
					table.getOptimizer().getAdjustment(), table.getInitialValue(), entityCollection );
		}
		else if ( persister.isIdentifierAssignedByInsert() ) {
			add( GeneratedCounter.Kind.IDENTITY, entityCollection, counterCollection, IdentityCounter.counterName( entityCollection ),
					MqlCommand.CounterIncrement.FIELD, 0, 1, 1, entityCollection );
		}
	}

	private void add(GeneratedCounter.Kind kind, String generator, String collection, String counter, String field, long storedOffset,
			long headroom, long initialValue, String entityCollection) {
		GeneratedCounter known = counters.get( collection + "/" + counter );
		List<String> entityCollections = new ArrayList<>( known == null ? List.of() : known.entityCollections() );
		if ( !entityCollections.contains( entityCollection ) ) {
			entityCollections.add( entityCollection );
		}
		counters.put( collection + "/" + counter,
				new GeneratedCounter( kind, generator, collection, counter, field, storedOffset, headroom, initialValue,
						List.copyOf( entityCollections ) ) );
	}

	private static void checkIncrement(EntityPersister persister, String generator, int increment) {
		if ( increment <= 0 ) {
			throw new MappingException( "The id generator '" + generator + "' of entity '" + persister.getEntityName()
					+ "' has allocationSize " + increment + ", which Hibermongo does not support: counters only count up, "
					+ "use a positive allocationSize" );
		}
	}

	static boolean storesLastUsedValue(SessionFactoryImplementor sessionFactory) {
		return sessionFactory.getServiceRegistry().requireService( ConfigurationService.class )
				.getSetting( MappingSettings.TABLE_GENERATOR_STORE_LAST_USED, StandardConverters.BOOLEAN, true );
	}
}
