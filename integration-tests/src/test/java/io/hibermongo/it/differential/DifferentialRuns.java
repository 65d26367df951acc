package io.hibermongo.it.differential;

import java.util.List;
import java.util.stream.Stream;

import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The two kinds of run of a differential test, with H2 as the oracle: a query returns the same rows on
 * both databases, and a change leaves the same contents on both.
 */
final class DifferentialRuns {

	private DifferentialRuns() {
	}

	/** One test per query: its rows on MongoDB equal its rows on H2 (skipped where it needs a real server). */
	static Stream<DynamicTest> sameRows(Stream<QueryCase> queries, EntityManagerFactory h2, EntityManagerFactory mongo) {
		return queries.map( query -> dynamicTest( query.name(), () -> {
			assumeTrue( query.realServerOnly() == null || !TestServer.isEmbedded(),
					() -> "needs a real MongoDB server: " + query.realServerOnly() );
			List<String> expected = query.rowsOn( h2 );
			assertThat( query.rowsOn( mongo ) )
					.as( "%s rows on MongoDB, compared with H2's", query.ordered() ? "Ordered" : "Unordered" )
					.containsExactlyElementsOf( expected );
		} ) );
	}

	/**
	 * One test per change: after {@code reload}, the change applied on both databases leaves the same
	 * {@code contents} on MongoDB as on H2.
	 */
	static Stream<DynamicTest> sameContents(List<ElementMutation> changes, Runnable reload, QueryCase contents,
			EntityManagerFactory h2, EntityManagerFactory mongo) {
		return changes.stream().map( mutation -> dynamicTest( mutation.name(), () -> {
			reload.run();
			Persistence.inTransaction( h2, mutation.change() );
			Persistence.inTransaction( mongo, mutation.change() );
			assertThat( contents.rowsOn( mongo ) ).as( "Contents on MongoDB afterwards, compared with H2's" )
					.containsExactlyElementsOf( contents.rowsOn( h2 ) );
		} ) );
	}
}
