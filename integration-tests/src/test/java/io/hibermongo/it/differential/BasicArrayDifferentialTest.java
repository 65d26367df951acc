package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.differential.model.Catalog;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
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

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameCatalogsIntoBothDatabases() {
		h2 = Persistence.h2( Catalog.class );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), Catalog.class );
		reload();
	}

	@AfterAll
	static void closeFactories() {
		if ( mongo != null ) {
			mongo.close();
		}
		if ( h2 != null ) {
			h2.close();
		}
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> queriesOverBasicArraysReturnTheSameRowsOnMongoDbAsOnH2() {
		return DifferentialRuns.sameRows( BasicArrayQueries.all().stream(), h2, mongo );
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> changesToBasicArraysLeaveTheSameCatalogsOnMongoDbAsOnH2() {
		return DifferentialRuns.sameContents( BasicArrayMutations.all(), BasicArrayDifferentialTest::reload, CONTENTS, h2, mongo );
	}

	/** Deletes every catalog and persists {@link CatalogRows} again on both sides. */
	private static void reload() {
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> em.createQuery( "delete from Catalog" ).executeUpdate() );
			Persistence.inTransaction( factory, em -> CatalogRows.all().forEach( em::persist ) );
		}
	}
}
