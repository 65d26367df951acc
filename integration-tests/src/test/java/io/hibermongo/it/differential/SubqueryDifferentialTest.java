package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Subqueries keep SQL semantics: the clinic and library of {@link ClinicRows} (NULL foreign keys and
 * values, owners without pets, duplicate names, a dangling key) on MongoDB and on H2 give the same rows for
 * every query of {@link SubqueryQueries} and of {@link SetOperationQueries} (on a real server).
 */
class SubqueryDifferentialTest {

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
	Stream<DynamicTest> subqueriesReturnTheSameRowsOnMongoDbAsOnH2() {
		return SubqueryQueries.all().stream().map( query -> query.sameRowsOn( h2, mongo ) );
	}

	@TestFactory
	Stream<DynamicTest> setOperationsReturnTheSameRowsOnMongoDbAsOnH2() {
		return SetOperationQueries.all().stream().map( query -> query.sameRowsOn( h2, mongo ) );
	}
}
