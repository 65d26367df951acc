package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Bulk HQL with subqueries, association paths and SET values from other rows, and HQL inserts (values
 * and select): each statement runs on the same freshly loaded clinic ({@link DmlRows}) on MongoDB and on
 * H2 (the oracle), and must report the same row count and leave the same rows.
 */
class DmlDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void openFactories() {
		h2 = Persistence.h2( DmlRows.ENTITIES );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), DmlRows.ENTITIES );
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	Stream<DynamicTest> statementsChangeTheSameRowsOnMongoDbAsOnH2() {
		return DmlStatement.all().stream().map( statement -> dynamicTest( statement.toString(), () -> {
			DmlRows.reload( h2 );
			DmlRows.reload( mongo );
			int expected = Persistence.computeInTransaction( h2, statement::executeOn );
			int actual = Persistence.computeInTransaction( mongo, statement::executeOn );
			assertThat( actual ).as( "Rows affected on MongoDB, compared with H2" ).isEqualTo( expected );
			assertThat( contents( mongo ) ).as( "Rows on MongoDB afterwards, compared with H2's" ).containsExactlyElementsOf( contents( h2 ) );
		} ) );
	}

	/** Every row of the tables the statements change, rendered in id order (generated UUIDs left out). */
	static List<String> contents(EntityManagerFactory factory) {
		EntityManager em = factory.createEntityManager();
		try {
			List<String> rows = new ArrayList<>();
			for ( String query : DmlRows.CONTENTS ) {
				for ( Object row : em.createQuery( query ).getResultList() ) {
					rows.add( java.util.Arrays.deepToString( row instanceof Object[] tuple ? tuple : new Object[] { row } ) );
				}
			}
			return rows;
		}
		finally {
			em.close();
		}
	}
}
