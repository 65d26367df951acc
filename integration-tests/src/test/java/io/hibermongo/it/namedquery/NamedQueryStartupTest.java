package io.hibermongo.it.namedquery;

import java.util.Map;

import io.hibermongo.it.namedquery.model.CastGadget;
import io.hibermongo.it.namedquery.model.CollatedGadget;
import io.hibermongo.it.namedquery.model.Gadget;
import io.hibermongo.it.namedquery.model.PricedGadget;
import io.hibermongo.it.namedquery.model.TabledGadget;
import io.hibermongo.it.namedquery.model.WindowedGadget;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Named HQL queries are translated to MQL while the SessionFactory starts: one Hibermongo refuses stops
 * startup, naming the query and the construct; translatable ones start and run.
 */
class NamedQueryStartupTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@Test
	void refusedSelectStopsStartupNamingQueryAndConstruct() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), CollatedGadget.class ).close() )
				.hasStackTraceContaining( "Named query 'CollatedGadget.byName' cannot run on MongoDB" )
				.hasStackTraceContaining( "collate() (MongoDB applies a collation to a whole command or index" );
	}

	@Test
	void refusedBulkUpdateStopsStartupNamingQueryAndConstruct() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), CastGadget.class ).close() )
				.hasStackTraceContaining( "Named query 'CastGadget.enableByCode' cannot run on MongoDB" )
				.hasStackTraceContaining( "cast(… as BOOLEAN) of a VARCHAR value is not supported" );
	}

	@Test
	void excludingWindowFrameStopsStartupNamingQueryAndConstruct() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), WindowedGadget.class ).close() )
				.hasStackTraceContaining( "Named query 'WindowedGadget.ranked' cannot run on MongoDB" )
				.hasStackTraceContaining( "EXCLUDE CURRENT ROW in a window frame is not supported" );
	}

	@Test
	void recursiveCteWithUnionStopsStartupNamingQueryAndConstruct() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), TabledGadget.class ).close() )
				.hasStackTraceContaining( "Named query 'TabledGadget.named' cannot run on MongoDB" )
				.hasStackTraceContaining( "A recursive CTE (chain) with union (only UNION ALL, the rows of a tree walk, is translated) is not supported" );
	}

	@Test
	void insertOfASetOperationStopsStartupNamingQueryAndConstruct() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), PricedGadget.class ).close() )
				.hasStackTraceContaining( "Named query 'PricedGadget.copyTwice' cannot run on MongoDB" )
				.hasStackTraceContaining( "INSERT … SELECT of a set operation (UNION, INTERSECT, EXCEPT) is not supported" );
	}

	@Test
	void translatableNamedQueriesStartAndRun() {
		EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Gadget.class );
		try {
			Persistence.inTransaction( factory, em -> {
				em.persist( new Gadget( 1L, "bolt", 2.25 ) );
				em.persist( new Gadget( 2L, "nut", 0.75 ) );
			} );
			var em = factory.createEntityManager();
			try {
				assertThat( em.createNamedQuery( "Gadget.rounded" ).setParameter( "pattern", "b%" ).getResultList() ).containsExactly( 2.3 );
				assertThat( em.createNamedQuery( "Gadget.perName" ).getResultList() ).hasSize( 2 );
				em.getTransaction().begin();
				assertThat( em.createNamedQuery( "Gadget.renameBelowAverage" ).executeUpdate() ).isEqualTo( 1 );
				em.getTransaction().commit();
				assertThat( em.createQuery( "select g.name from Gadget g order by g.id" ).getResultList() ).containsExactly( "bolt", "light" );
			}
			finally {
				em.close();
			}
		}
		finally {
			factory.close();
		}
	}
}
