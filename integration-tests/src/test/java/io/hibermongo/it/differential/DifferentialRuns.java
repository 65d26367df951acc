package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.DynamicTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The same rows on MongoDB and on H2 (the oracle), and the two kinds of run of a differential test over
 * them: a query returns the same rows on both databases, and a change leaves the same contents on both.
 */
final class DifferentialRuns implements AutoCloseable {

	private final EntityManagerFactory h2;
	private final EntityManagerFactory mongo;
	private final Consumer<EntityManager> clear;
	private final Supplier<List<?>> rows;

	private DifferentialRuns(EntityManagerFactory h2, EntityManagerFactory mongo, Consumer<EntityManager> clear, Supplier<List<?>> rows) {
		this.h2 = h2;
		this.mongo = mongo;
		this.clear = clear;
		this.rows = rows;
	}

	/**
	 * Factories for {@code entities} on H2 and on {@code database} of the test server, loaded with
	 * {@code rows}; {@code clear} deletes them again before each change.
	 */
	static DifferentialRuns of(String database, Consumer<EntityManager> clear, Supplier<List<?>> rows, Class<?>... entities) {
		DifferentialRuns runs = new DifferentialRuns( Persistence.h2( entities ), Persistence.mongo( database, Map.of(), entities ), clear, rows );
		runs.reload();
		return runs;
	}

	/** Deletes the rows and persists them again on both sides. */
	private void reload() {
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, clear );
			Persistence.inTransaction( factory, em -> rows.get().forEach( em::persist ) );
		}
	}

	/** One test per query: its rows on MongoDB equal its rows on H2 (skipped where it needs a real server). */
	Stream<DynamicTest> sameRows(Stream<QueryCase> queries) {
		return queries.map( query -> dynamicTest( query.name(), () -> {
			assumeTrue( query.realServerOnly() == null || !TestServer.isEmbedded(),
					() -> "needs a real MongoDB server: " + query.realServerOnly() );
			List<String> expected = query.rowsOn( h2 );
			assertThat( query.rowsOn( mongo ) )
					.as( "%s rows on MongoDB, compared with H2's", query.ordered() ? "Ordered" : "Unordered" )
					.containsExactlyElementsOf( expected );
		} ) );
	}

	/** One test per change: applied on both databases to freshly loaded rows, it leaves the same {@code contents}. */
	Stream<DynamicTest> sameContents(List<ElementMutation> changes, QueryCase contents) {
		return changes.stream().map( mutation -> dynamicTest( mutation.name(), () -> {
			reload();
			Persistence.inTransaction( h2, mutation.change() );
			Persistence.inTransaction( mongo, mutation.change() );
			assertThat( contents.rowsOn( mongo ) ).as( "Contents on MongoDB afterwards, compared with H2's" )
					.containsExactlyElementsOf( contents.rowsOn( h2 ) );
		} ) );
	}

	/**
	 * One test per bulk statement: run on both databases over freshly loaded rows, it reports the same
	 * count and leaves the same {@code contents}.
	 */
	Stream<DynamicTest> sameCountAndContents(List<String> statements, QueryCase contents) {
		return statements.stream().map( hql -> dynamicTest( hql, () -> {
			reload();
			int expected = Persistence.computeInTransaction( h2, em -> em.createQuery( hql ).executeUpdate() );
			int actual = Persistence.computeInTransaction( mongo, em -> em.createQuery( hql ).executeUpdate() );
			assertThat( actual ).as( "Rows affected on MongoDB, compared with H2" ).isEqualTo( expected );
			assertThat( contents.rowsOn( mongo ) ).as( "Contents on MongoDB afterwards, compared with H2's" )
					.containsExactlyElementsOf( contents.rowsOn( h2 ) );
		} ) );
	}

	@Override
	public void close() {
		mongo.close();
		h2.close();
	}
}
