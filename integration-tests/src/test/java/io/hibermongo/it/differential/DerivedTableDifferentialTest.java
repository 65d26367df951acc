package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.differential.clinic.Category;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Derived tables, lateral joins and CTEs keep SQL semantics: the clinic and library of {@link ClinicRows}
 * (NULL foreign keys and values, owners without pets, duplicate names, a dangling key) on MongoDB and on
 * H2 give the same rows for every query of {@link DerivedTableQueries}; recursive CTEs walk the category trees of
 * {@link #categories()}.
 */
class DerivedTableDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameRowsIntoBothDatabases() {
		Class<?>[] entities = Stream.concat( Stream.of( JoinDifferentialTest.ENTITIES ), Stream.of( Category.class ) ).toArray( Class<?>[]::new );
		h2 = Persistence.h2( entities );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), entities );
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			ClinicRows.loadWithADanglingLoan( factory );
			Persistence.inTransaction( factory, em -> categories().forEach( em::persist ) );
		}
	}

	/**
	 * Two trees and a lone root, without cycles: names and ranks with NULLs, a node whose name repeats in
	 * another tree, leaves at different depths.
	 */
	static List<Category> categories() {
		Category animals = new Category( 1L, "animals", 1, null );
		Category mammals = new Category( 2L, "mammals", null, animals );
		Category cats = new Category( 3L, "cats", 3, mammals );
		Category dogs = new Category( 4L, null, 2, mammals );
		Category birds = new Category( 5L, "birds", 2, animals );
		Category parrots = new Category( 6L, "parrots", 5, birds );
		Category plants = new Category( 7L, "plants", 2, null );
		Category trees = new Category( 8L, "trees", 1, plants );
		Category oaks = new Category( 9L, "oaks", 4, trees );
		Category cats2 = new Category( 10L, "cats", null, plants );
		Category lone = new Category( 11L, null, null, null );
		return List.of( animals, mammals, cats, dogs, birds, parrots, plants, trees, oaks, cats2, lone );
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	Stream<DynamicTest> derivedTablesAndCtesReturnTheSameRowsOnMongoDbAsOnH2() {
		return DerivedTableQueries.all().stream().map( query -> query.sameRowsOn( h2, mongo ) );
	}
}
