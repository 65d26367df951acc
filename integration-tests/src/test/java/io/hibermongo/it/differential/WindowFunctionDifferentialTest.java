package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Window functions keep SQL semantics: every query of {@link WindowFunctionQueries} returns the same rows on
 * MongoDB as on H2, over the clinic and library of {@link ClinicRows}. They need {@code $setWindowFields},
 * so the comparison runs on a real server; on the embedded one each query is still translated (a refusal
 * would fail it) and reaches the server, which answers that it lacks the stage.
 */
class WindowFunctionDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameRowsIntoBothDatabases() {
		h2 = Persistence.h2( JoinDifferentialTest.ENTITIES );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), JoinDifferentialTest.ENTITIES );
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			ClinicRows.loadWithADanglingLoan( factory );
		}
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	@RequiresRealServer(WindowFunctionQueries.SET_WINDOW_FIELDS)
	Stream<DynamicTest> windowFunctionsReturnTheSameRowsOnMongoDbAsOnH2() {
		return WindowFunctionQueries.all().stream().map( query -> query.sameRowsOn( h2, mongo ) );
	}

	@TestFactory
	Stream<DynamicTest> windowFunctionsAreTranslatedAndReachTheEmbeddedServer() {
		return WindowFunctionQueries.all().stream().map( query -> dynamicTest( query.name(), () -> {
			assumeTrue( TestServer.isEmbedded(), "on a real server the differential test runs the query" );
			query.rowsOn( h2 );
			EntityManager em = mongo.createEntityManager();
			try {
				assertThatThrownBy( () -> query.query().apply( em ) ).hasStackTraceContaining( "Unrecognized pipeline stage name: '$setWindowFields'" );
			}
			finally {
				em.close();
			}
		} ) );
	}
}
