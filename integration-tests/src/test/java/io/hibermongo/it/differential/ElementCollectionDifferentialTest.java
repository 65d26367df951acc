package io.hibermongo.it.differential;

import java.util.List;
import java.util.stream.Stream;

import io.hibermongo.it.differential.model.Basket;
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
 * Element collections keep SQL semantics: the same baskets ({@link BasketRows}) on MongoDB and on H2 (the
 * oracle) return the same rows for every query over their elements ({@link ElementQueries}), and read back
 * alike after every change ({@link ElementMutation}), each applied to freshly loaded baskets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ElementCollectionDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final QueryCase CONTENTS = QueryCase.ordered( "select b from Basket b order by b.id" );

	private static DifferentialRuns runs;

	@BeforeAll
	static void loadTheSameBasketsIntoBothDatabases() {
		runs = DifferentialRuns.of( mongoServer.databaseName(), em -> em.createQuery( "from Basket", Basket.class ).getResultList().forEach( em::remove ), BasketRows::all, Basket.class );
	}

	@AfterAll
	static void closeFactories() {
		if ( runs != null ) {
			runs.close();
		}
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> queriesOverElementsReturnTheSameRowsOnMongoDbAsOnH2() {
		return runs.sameRows( ElementQueries.all().stream() );
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> changesToElementsLeaveTheSameBasketsOnMongoDbAsOnH2() {
		return runs.sameContents( ElementMutation.all(), CONTENTS );
	}

	/** Bulk deletes of owners: Hibernate first deletes their collection tables' rows, the arrays in their documents. */
	@TestFactory
	@Order(3)
	Stream<DynamicTest> bulkDeletesOfOwnersReportAndLeaveWhatH2Does() {
		return runs.sameCountAndContents( List.of(
				"delete from Basket b where b.owner = 'bob'",
				"delete from Basket b where b.id in (select c.id from Basket c where c.owner like '%n%')",
				"delete from Basket b where 'red' member of b.tags",
				"delete from Basket" ), CONTENTS );
	}
}
