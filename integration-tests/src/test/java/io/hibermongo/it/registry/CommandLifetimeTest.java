package io.hibermongo.it.registry;

import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.jdbc.CommandRegistry;
import io.hibermongo.it.registry.model.Shelf;
import io.hibermongo.it.registry.model.Volume;
import io.hibermongo.it.support.Commands;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.StatementTexts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command lives as long as a Hibernate plan that can run it: with a query plan cache of
 * {@value #PLAN_CACHE_SIZE} plans, a query's command goes when its plan is evicted and collected, and the
 * query, translated again, runs as before; the commands of cached plans and of entity loaders stay.
 */
class CommandLifetimeTest {

	private static final int PLAN_CACHE_SIZE = 2;
	private static final String FIRST_QUERY = "select v.title from Volume v where v.pages > 2 order by v.id";

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final StatementTexts statements = new StatementTexts();
	private static EntityManagerFactory factory;
	private static CommandRegistry commands;

	@BeforeAll
	static void storeVolumes() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(
				AvailableSettings.QUERY_PLAN_CACHE_MAX_SIZE, PLAN_CACHE_SIZE,
				AvailableSettings.STATEMENT_INSPECTOR, statements ), Shelf.class, Volume.class );
		commands = Commands.of( factory );
		Persistence.inTransaction( factory, em -> {
			for ( long id = 1; id <= 5; id++ ) {
				em.persist( new Volume( id, "isbn-" + id, "Volume " + id, (int) id, null ) );
			}
		} );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void queryRunsAgainAfterItsPlanAndCommandWereDropped() {
		List<String> titles = titles( FIRST_QUERY );
		String text = statements.last();
		evictTheQueryPlans();

		Commands.collectGarbageUntil( () -> commands.lookup( text ) == null );
		assertThat( commands.lookup( text ) ).as( "the command of the evicted plan" ).isNull();

		assertThat( titles( FIRST_QUERY ) ).isEqualTo( titles ).containsExactly( "Volume 3", "Volume 4", "Volume 5" );
		assertThat( commands.lookup( text ) ).as( "the command of the plan built again" ).isNotNull();
	}

	@Test
	void commandOfACachedPlanStaysRegistered() {
		String hql = "select v.title from Volume v where v.pages < 3 order by v.id";
		titles( hql );
		String text = statements.last();

		Commands.collectGarbageUntil( () -> true );

		assertThat( commands.lookup( text ) ).as( "the command of the cached plan" ).isNotNull();
		assertThat( titles( hql ) ).containsExactly( "Volume 1", "Volume 2" );
	}

	@Test
	void entityLoaderCommandsStayRegistered() {
		String title = findTitle( 1L );
		String loaderText = statements.last();

		Commands.collectGarbageUntil( () -> true );

		assertThat( commands.lookup( loaderText ) ).as( "the command of the entity loader" ).isNotNull();
		assertThat( title ).isEqualTo( "Volume 1" );
	}

	/**
	 * Runs many more distinct queries than the plan cache holds, each twice, so that the cache's LIRS policy
	 * takes them for the recently used ones and evicts the earlier plans.
	 */
	private static void evictTheQueryPlans() {
		for ( int i = 0; i < 20 * PLAN_CACHE_SIZE; i++ ) {
			String hql = "select v.title from Volume v where v.pages > " + i + " and v.title is not null";
			titles( hql );
			titles( hql );
		}
	}

	private static List<String> titles(String hql) {
		try ( EntityManager em = factory.createEntityManager() ) {
			return em.createQuery( hql, String.class ).getResultList();
		}
	}

	private static String findTitle(long id) {
		try ( EntityManager em = factory.createEntityManager() ) {
			return em.find( Volume.class, id ).getTitle();
		}
	}
}
