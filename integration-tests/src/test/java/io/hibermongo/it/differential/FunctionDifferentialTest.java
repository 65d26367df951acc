package io.hibermongo.it.differential;

import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import io.hibermongo.it.differential.model.Reading;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;


/**
 * HQL's functions on MongoDB against H2 as the oracle ({@link FunctionQueries}) over {@link ReadingRows}:
 * NULLs, missing fields, negatives, halves, leap days and Unicode. Both run in this JVM's time zone, which
 * is the zone of {@code current_date} and friends on both sides.
 */
class FunctionDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameRowsIntoBothDatabases() {
		h2 = Persistence.h2( Reading.class );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), Reading.class );
		Persistence.inTransaction( h2, em -> {
			ReadingRows.persisted().forEach( em::persist );
			ReadingRows.missingFieldsAsNulls().forEach( em::persist );
		} );
		Persistence.inTransaction( mongo, em -> ReadingRows.persisted().forEach( em::persist ) );
		MongoCollection<Document> readings = mongoServer.database().getCollection( Reading.COLLECTION );
		readings.insertMany( ReadingRows.withMissingFields() );
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	Stream<DynamicTest> functionsReturnTheSameValuesOnMongoDbAsOnH2() {
		return FunctionQueries.all().stream().map( query -> query.comparing( h2, mongo ) );
	}
}
