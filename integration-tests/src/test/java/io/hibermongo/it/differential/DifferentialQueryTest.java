package io.hibermongo.it.differential;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import io.hibermongo.it.differential.model.Person;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
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
 * The proof that Hibermongo keeps SQL semantics: every query runs on MongoDB and on H2 over the same
 * rows, and must return the same result. H2 is the oracle.
 * <p>
 * The rows ({@link PersonRows}) are persisted through JPA on both sides; in addition, a few rows are
 * written to MongoDB directly with fields missing altogether, and to H2 with those columns NULL, so a
 * missing field must behave exactly as NULL does. Bulk updates and deletes each start from freshly loaded
 * rows and must report the same count and leave the same rows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DifferentialQueryTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameRowsIntoBothDatabases() {
		h2 = Persistence.h2( Person.class );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), Person.class );
		reloadRows();
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> queriesReturnTheSameRowsOnMongoDbAsOnH2() {
		return Stream.concat( HqlQueries.all().stream(), CriteriaQueries.all().stream() )
				.map( query -> query.comparing( h2, mongo ) );
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> bulkMutationsChangeTheSameRowsOnMongoDbAsOnH2() {
		return BulkMutation.all().stream().map( mutation -> dynamicTest( mutation.toString(), () -> {
			reloadRows();
			int expectedCount = inTransaction( h2, mutation::executeOn );
			int actualCount = inTransaction( mongo, mutation::executeOn );
			assertThat( actualCount ).as( "Rows affected on MongoDB, compared with H2" ).isEqualTo( expectedCount );
			QueryCase contents = QueryCase.ordered( "select p from Person p order by p.id" );
			assertThat( contents.rowsOn( mongo ) ).as( "Rows on MongoDB afterwards, compared with H2's" )
					.containsExactlyElementsOf( contents.rowsOn( h2 ) );
		} ) );
	}

	/** Empties both databases and loads {@link PersonRows} again: H2 as the oracle, MongoDB as under test. */
	private static void reloadRows() {
		runInTransaction( h2, em -> {
			em.createQuery( "delete from Person" ).executeUpdate();
			PersonRows.persisted().forEach( em::persist );
			PersonRows.missingFieldsAsNulls().forEach( em::persist );
		} );
		MongoCollection<Document> persons = mongoServer.database().getCollection( Person.COLLECTION );
		persons.deleteMany( new Document() );
		runInTransaction( mongo, em -> PersonRows.persisted().forEach( em::persist ) );
		persons.insertMany( PersonRows.withMissingFields() );
	}

	private static void runInTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
		inTransaction( factory, em -> {
			work.accept( em );
			return 0;
		} );
	}

	private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			T result = work.apply( em );
			em.getTransaction().commit();
			return result;
		}
		finally {
			if ( em.getTransaction().isActive() ) {
				em.getTransaction().rollback();
			}
			em.close();
		}
	}
}
