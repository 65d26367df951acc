package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.differential.model.Basket;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameBasketsIntoBothDatabases() {
		h2 = Persistence.h2( Basket.class );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), Basket.class );
		reload();
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> queriesOverElementsReturnTheSameRowsOnMongoDbAsOnH2() {
		return ElementQueries.all().stream().map( query -> query.comparing( h2, mongo ) );
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> changesToElementsLeaveTheSameBasketsOnMongoDbAsOnH2() {
		return ElementMutation.all().stream().map( mutation -> dynamicTest( mutation.name(), () -> {
			reload();
			Persistence.inTransaction( h2, mutation.change() );
			Persistence.inTransaction( mongo, mutation.change() );
			assertThat( CONTENTS.rowsOn( mongo ) ).as( "Baskets on MongoDB afterwards, compared with H2's" )
					.containsExactlyElementsOf( CONTENTS.rowsOn( h2 ) );
		} ) );
	}

	/** Deletes every basket and persists {@link BasketRows} again on both sides. */
	private static void reload() {
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> em.createQuery( "from Basket", Basket.class ).getResultList().forEach( em::remove ) );
			Persistence.inTransaction( factory, em -> BasketRows.all().forEach( em::persist ) );
		}
	}
}
