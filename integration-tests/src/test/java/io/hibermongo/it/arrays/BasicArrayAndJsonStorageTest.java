package io.hibermongo.it.arrays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.hibermongo.it.differential.model.Catalog;
import io.hibermongo.it.differential.model.Spec;
import io.hibermongo.it.differential.model.Tier;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hibernate's basic arrays are BSON arrays in the owner document whose elements have the BSON types of
 * basic attributes of their type; a NULL element is BSON null, an empty array {@code []}, a NULL array no
 * field; and they read back as written. JSON-typed attributes ({@code @JdbcTypeCode(SqlTypes.JSON)}) are
 * native sub-documents, not strings; a key MongoDB cannot hold as a field name is refused before anything is
 * written, while {@code $} and {@code .} in values are plain data.
 */
class BasicArrayAndJsonStorageTest {

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
	void elementsHaveTheBsonTypesOfBasicAttributes() {
		UUID code = UUID.fromString( "7a3e1c54-2b8f-4a1e-9d7c-5f6e4b3a2c10" );
		Catalog catalog = new Catalog( 1L, "typed" );
		catalog.labels = new ArrayList<>( Arrays.asList( "a.b", null, "$gt" ) );
		catalog.counts = new int[] { 1, -2 };
		catalog.tiers = new Tier[] { Tier.GOLD };
		catalog.dates = new LocalDate[] { LocalDate.of( 2024, 1, 31 ) };
		catalog.codes = new UUID[] { code };
		catalog.prices = new BigDecimal[] { new BigDecimal( "1.50" ) };
		Persistence.persist( factory, catalog );

		BsonDocument document = stored( 1L );
		assertThat( document.get( "labels" ) ).isEqualTo( new BsonArray( List.of( new BsonString( "a.b" ), BsonNull.VALUE, new BsonString( "$gt" ) ) ) );
		assertThat( document.get( "counts" ) ).isEqualTo( new BsonArray( List.of( new BsonInt32( 1 ), new BsonInt32( -2 ) ) ) );
		assertThat( document.get( "tiers" ) ).isEqualTo( new BsonArray( List.of( new BsonInt32( Tier.GOLD.ordinal() ) ) ) );
		assertThat( document.get( "dates" ) ).isEqualTo( new BsonArray( List.of( new BsonDateTime( 1706659200000L ) ) ) );
		assertThat( document.get( "codes" ) ).isEqualTo( new BsonArray( List.of( new BsonBinary( code, UuidRepresentation.STANDARD ) ) ) );
		assertThat( document.get( "prices" ) ).isEqualTo( new BsonArray( List.of( new BsonDecimal128( Decimal128.parse( "1.50" ) ) ) ) );
	}

	@Test
	void emptyArrayIsStoredEmptyAndNullArrayIsNoField() {
		Catalog catalog = new Catalog( 2L, "empty" );
		catalog.aliases = new String[0];
		Persistence.persist( factory, catalog );

		assertThat( stored( 2L ).get( "aliases" ) ).isEqualTo( new BsonArray() );
		assertThat( stored( 2L ).containsKey( "labels" ) ).isFalse();
		Persistence.inTransaction( factory, em -> {
			Catalog read = em.find( Catalog.class, 2L );
			assertThat( read.aliases ).isEmpty();
			assertThat( read.labels ).isNull();
		} );
	}

	@Test
	void changingAnElementRewritesTheArrayAndNullUnsetsIt() {
		Catalog catalog = new Catalog( 3L, "changed" );
		catalog.counts = new int[] { 1, 2, 3 };
		catalog.aliases = new String[] { "x" };
		Persistence.persist( factory, catalog );

		Persistence.inTransaction( factory, em -> {
			Catalog read = em.find( Catalog.class, 3L );
			read.counts[1] = 20;
			read.aliases = null;
		} );

		assertThat( stored( 3L ).get( "counts" ) ).isEqualTo( new BsonArray( List.of( new BsonInt32( 1 ), new BsonInt32( 20 ), new BsonInt32( 3 ) ) ) );
		assertThat( stored( 3L ).containsKey( "aliases" ) ).isFalse();
	}

	@Test
	void jsonMapAndRecordAreSubDocuments() {
		Catalog catalog = new Catalog( 11L, "json" );
		catalog.extra = new LinkedHashMap<>();
		catalog.extra.put( "color", "$gt" );
		catalog.extra.put( "size", 3 );
		catalog.extra.put( "big", 12345678901L );
		catalog.extra.put( "nested", Map.of( "list", List.of( 1.5, "a.b" ) ) );
		catalog.spec = new Spec( "{\"$ne\": 1}", null, List.of( "p" ) );
		Persistence.persist( factory, catalog );

		assertThat( stored( 11L ).get( "extra" ) ).isEqualTo( BsonDocument.parse(
				"{color: '$gt', size: 3, big: {$numberLong: '12345678901'}, nested: {list: [1.5, 'a.b']}}" ) );
		assertThat( stored( 11L ).get( "spec" ) ).isEqualTo( BsonDocument.parse( "{color: '{\"$ne\": 1}', size: null, parts: ['p']}" ) );
		Persistence.inTransaction( factory, em -> {
			Catalog read = em.find( Catalog.class, 11L );
			assertThat( read.extra ).containsEntry( "color", "$gt" ).containsEntry( "big", 12345678901L )
					.containsEntry( "nested", Map.of( "list", List.of( 1.5, "a.b" ) ) );
			assertThat( read.spec ).isEqualTo( catalog.spec );
		} );
	}

	@Test
	void keyThatIsAnOperatorOrPathIsRefusedAndNothingIsWritten() {
		for ( String key : List.of( "$gt", "a.b", "x\0y" ) ) {
			Catalog catalog = new Catalog( 12L, "refused" );
			catalog.extra = Map.of( key, 1 );
			assertThatThrownBy( () -> Persistence.persist( factory, catalog ) )
					.hasStackTraceContaining( "which MongoDB cannot store as a field name" );
			assertThat( stored( 12L ) ).isNull();
		}
	}

	@Test
	void nestedOperatorKeyIsRefusedOnUpdateAndTheDocumentStaysAsItWas() {
		Catalog catalog = new Catalog( 13L, "kept" );
		catalog.extra = Map.of( "k", 1 );
		Persistence.persist( factory, catalog );

		assertThatThrownBy( () -> Persistence.inTransaction( factory,
				em -> em.find( Catalog.class, 13L ).extra = Map.of( "outer", Map.of( "$where", "sleep(1000)" ) ) ) )
				.hasStackTraceContaining( "'$where', which MongoDB cannot store as a field name" );
		assertThat( stored( 13L ).get( "extra" ) ).isEqualTo( BsonDocument.parse( "{k: 1}" ) );
	}
}
