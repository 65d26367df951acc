package io.hibermongo.it.arrays;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.it.differential.model.Catalog;
import io.hibermongo.it.differential.model.Spec;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JSON-typed attributes ({@code @JdbcTypeCode(SqlTypes.JSON)}) are native sub-documents in the owner
 * document, not strings; a key MongoDB cannot hold as a field name is refused before anything is written,
 * while {@code $} and {@code .} in values are plain data.
 */
class JsonAttributeStorageTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Catalog.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	private static BsonDocument stored(long id) {
		return mongoServer.database().getCollection( "Catalog", BsonDocument.class )
				.find( new BsonDocument( "_id", new BsonInt64( id ) ) ).first();
	}

	@Test
	void jsonMapAndRecordAreSubDocuments() {
		Catalog catalog = new Catalog( 1L, "json" );
		catalog.extra = new LinkedHashMap<>();
		catalog.extra.put( "color", "$gt" );
		catalog.extra.put( "size", 3 );
		catalog.extra.put( "big", 12345678901L );
		catalog.extra.put( "nested", Map.of( "list", List.of( 1.5, "a.b" ) ) );
		catalog.spec = new Spec( "{\"$ne\": 1}", null, List.of( "p" ) );
		Persistence.persist( factory, catalog );

		assertThat( stored( 1L ).get( "extra" ) ).isEqualTo( BsonDocument.parse(
				"{color: '$gt', size: 3, big: {$numberLong: '12345678901'}, nested: {list: [1.5, 'a.b']}}" ) );
		assertThat( stored( 1L ).get( "spec" ) ).isEqualTo( BsonDocument.parse( "{color: '{\"$ne\": 1}', size: null, parts: ['p']}" ) );
		Persistence.inTransaction( factory, em -> {
			Catalog read = em.find( Catalog.class, 1L );
			assertThat( read.extra ).containsEntry( "color", "$gt" ).containsEntry( "big", 12345678901L )
					.containsEntry( "nested", Map.of( "list", List.of( 1.5, "a.b" ) ) );
			assertThat( read.spec ).isEqualTo( catalog.spec );
		} );
	}

	@Test
	void keyThatIsAnOperatorOrPathIsRefusedAndNothingIsWritten() {
		for ( String key : List.of( "$gt", "a.b", "x\0y" ) ) {
			Catalog catalog = new Catalog( 2L, "refused" );
			catalog.extra = Map.of( key, 1 );
			assertThatThrownBy( () -> Persistence.persist( factory, catalog ) )
					.hasStackTraceContaining( "which MongoDB cannot store as a field name" );
			assertThat( stored( 2L ) ).isNull();
		}
	}

	@Test
	void nestedOperatorKeyIsRefusedOnUpdateAndTheDocumentStaysAsItWas() {
		Catalog catalog = new Catalog( 3L, "kept" );
		catalog.extra = Map.of( "k", 1 );
		Persistence.persist( factory, catalog );

		assertThatThrownBy( () -> Persistence.inTransaction( factory,
				em -> em.find( Catalog.class, 3L ).extra = Map.of( "outer", Map.of( "$where", "sleep(1000)" ) ) ) )
				.hasStackTraceContaining( "'$where', which MongoDB cannot store as a field name" );
		assertThat( stored( 3L ).get( "extra" ) ).isEqualTo( BsonDocument.parse( "{k: 1}" ) );
	}
}
