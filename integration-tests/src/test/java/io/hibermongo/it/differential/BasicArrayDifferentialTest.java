package io.hibermongo.it.differential;

import java.util.stream.Stream;

import io.hibermongo.it.differential.model.Catalog;
import io.hibermongo.it.support.MongoServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hibernate's basic arrays keep SQL semantics: the same catalogs ({@link CatalogRows}) on MongoDB and on
 * H2 (the oracle) return the same rows for every query ({@link BasicArrayQueries}), and read back alike
 * after every change ({@link BasicArrayMutations}), each applied to freshly loaded catalogs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BasicArrayDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final QueryCase CONTENTS = QueryCase.ordered( "select c from Catalog c order by c.id" );

	private static DifferentialRuns runs;

	@BeforeAll
	static void loadTheSameCatalogsIntoBothDatabases() {
		runs = DifferentialRuns.of( mongoServer.databaseName(), em -> em.createQuery( "delete from Catalog" ).executeUpdate(), CatalogRows::all, Catalog.class );
	}

	@AfterAll
	static void closeFactories() {
		if ( runs != null ) {
			runs.close();
		}
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> queriesOverBasicArraysReturnTheSameRowsOnMongoDbAsOnH2() {
		return runs.sameRows( BasicArrayQueries.all().stream() );
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> changesToBasicArraysLeaveTheSameCatalogsOnMongoDbAsOnH2() {
		return runs.sameContents( BasicArrayMutations.all(), CONTENTS );
	}
}
