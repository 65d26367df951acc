package io.hibermongo.it.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.it.schema.model.Member;
import io.hibermongo.it.schema.model.Team;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** hbm2ddl create / update / validate / drop of the indexes the mapping implies, and unique indexes at work. */
class SchemaIndexTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void emptyDatabase() {
		mongoServer.database().drop();
	}

	private static EntityManagerFactory factory(String action) {
		return Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, action ), Member.class, Team.class );
	}

	private static List<BsonDocument> indexes() {
		return indexes( "Member" );
	}

	private static List<BsonDocument> indexes(String collection) {
		return mongoServer.database().getCollection( collection ).listIndexes( BsonDocument.class ).into( new ArrayList<>() );
	}

	private static BsonDocument index(String keyJson) {
		return index( "Member", keyJson );
	}

	private static BsonDocument index(String collection, String keyJson) {
		BsonDocument key = BsonDocument.parse( keyJson );
		return indexes( collection ).stream().filter( index -> index.getDocument( "key" ).equals( key ) ).findFirst()
				.orElseThrow( () -> new AssertionError( "no index " + keyJson + " in " + indexes() ) );
	}

	@Test
	void createMakesUniqueKeysIndexesForeignKeyAndEmbeddedPathIndexes() {
		factory( "create" ).close();

		assertThat( index( "{login: 1}" ) ).containsEntry( "unique", org.bson.BsonBoolean.TRUE ).doesNotContainKey( "sparse" );
		assertThat( index( "{email: 1}" ) ).containsEntry( "unique", org.bson.BsonBoolean.TRUE )
				.containsEntry( "sparse", org.bson.BsonBoolean.TRUE );
		assertThat( index( "Team", "{country: 1, number: 1}" ).toJson() ).contains( "\"name\": \"uk_country_number\"", "\"unique\": true",
				"\"partialFilterExpression\": {\"country\": {\"$exists\": true}, \"number\": {\"$exists\": true}}" );
		assertThat( index( "{name: -1}" ).getString( "name" ).getValue() ).isEqualTo( "name_desc" );
		assertThat( index( "{team_id: 1}" ).getString( "name" ).getValue() ).startsWith( "FK" );
		assertThat( index( "{\"contact.city\": 1}" ).getString( "name" ).getValue() ).isEqualTo( "contact.city_1" );
	}

	@Test
	void aDuplicateUniqueValueIsRefusedAndLeavesTheDatabaseAsItWas() {
		try ( EntityManagerFactory factory = factory( "create" ) ) {
			Persistence.persist( factory, new Member( 1L, "ann", "Ann" ).withEmail( "ann@example.org" ) );

			assertThatThrownBy( () -> Persistence.persist( factory, new Member( 2L, "bob", "Bob" ).withEmail( "ann@example.org" ) ) )
					.hasCauseInstanceOf( ConstraintViolationException.class );

			assertThat( mongoServer.database().getCollection( "Member" ).countDocuments() ).isEqualTo( 1 );
			assertThat( mongoServer.database().getCollection( "Member" ).find().first() ).containsEntry( "login", "ann" );
		}
	}

	@Test
	void aBatchWithADuplicateUniqueValueStoresNoneOfItsDocuments() {
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create",
				AvailableSettings.STATEMENT_BATCH_SIZE, "10" ), Member.class, Team.class ) ) {
			Persistence.persist( factory, new Member( 1L, "ann", "Ann" ) );

			assertThatThrownBy( () -> Persistence.inTransaction( factory, em -> {
				em.persist( new Member( 2L, "bob", "Bob" ) );
				em.persist( new Member( 3L, "cid", "Cid" ) );
				em.persist( new Member( 4L, "ann", "Another Ann" ) );
			} ) ).hasCauseInstanceOf( ConstraintViolationException.class );

			assertThat( mongoServer.database().getCollection( "Member" ).distinct( "login", String.class ).into( new ArrayList<>() ) )
					.containsExactly( "ann" );
		}
	}

	@Test
	void severalDocumentsWithoutAUniqueNullableFieldAreAllowedAsInSql() {
		try ( EntityManagerFactory factory = factory( "create" ) ) {
			Persistence.persist( factory, new Member( 1L, "ann", "Ann" ) );
			Persistence.persist( factory, new Member( 2L, "bob", "Bob" ) );

			assertThat( mongoServer.database().getCollection( "Member" ).countDocuments() ).isEqualTo( 2 );
		}
	}

	@Test
	@RequiresRealServer("partialFilterExpression: the embedded server indexes documents the partial filter excludes")
	void severalDocumentsLackingPartOfACompoundUniqueKeyAreAllowedAsInSql() {
		try ( EntityManagerFactory factory = factory( "create" ) ) {
			Persistence.persist( factory, new Team( 1L, "a" ).withPhone( "NO", null ) );
			Persistence.persist( factory, new Team( 2L, "b" ).withPhone( "NO", null ) );
			Persistence.persist( factory, new Team( 3L, "c" ).withPhone( "NO", 5 ) );

			assertThatThrownBy( () -> Persistence.persist( factory, new Team( 4L, "d" ).withPhone( "NO", 5 ) ) )
					.hasCauseInstanceOf( ConstraintViolationException.class );
			assertThat( mongoServer.database().getCollection( "Team" ).countDocuments() ).isEqualTo( 3 );
		}
	}

	@Test
	void validateAcceptsWhatCreateMade() {
		factory( "create" ).close();

		try ( EntityManagerFactory factory = factory( "validate" ) ) {
			assertThat( factory.isOpen() ).isTrue();
		}
	}

	@Test
	void validateFailsNamingTheMissingIndex() {
		mongoServer.database().createCollection( "Member" );
		mongoServer.database().createCollection( "Team" );

		assertThatThrownBy( () -> factory( "validate" ).close() ).rootCause().isInstanceOf( SchemaManagementException.class )
				.hasMessageContaining( "missing index [" ).hasMessageContaining( "on collection [Member]" );
	}

	@Test
	void validateFailsNamingAnIndexThatDiffers() {
		factory( "create" ).close();
		mongoServer.database().getCollection( "Member" ).dropIndex( "name_desc" );
		mongoServer.database().getCollection( "Member" ).createIndex( BsonDocument.parse( "{name: 1}" ),
				new com.mongodb.client.model.IndexOptions().name( "name_desc" ) );

		assertThatThrownBy( () -> factory( "validate" ).close() ).rootCause().isInstanceOf( SchemaManagementException.class )
				.hasMessageContaining( "index [name_desc] of collection [Member] differs from the mapping" )
				.hasMessageContaining( "key {\"name\": 1} instead of {\"name\": -1}" );
	}

	@Test
	void updateCreatesMissingIndexesAndDropsOrChangesNothing() {
		mongoServer.database().createCollection( "Member" );
		mongoServer.database().getCollection( "Member" ).createIndex( BsonDocument.parse( "{legacy: 1}" ),
				new com.mongodb.client.model.IndexOptions().name( "legacy_1" ) );
		mongoServer.database().getCollection( "Member" ).createIndex( BsonDocument.parse( "{name: 1}" ),
				new com.mongodb.client.model.IndexOptions().name( "name_desc" ) );

		factory( "update" ).close();

		assertThat( index( "{legacy: 1}" ).getString( "name" ).getValue() ).isEqualTo( "legacy_1" );
		assertThat( index( "{name: 1}" ).getString( "name" ).getValue() ).isEqualTo( "name_desc" );
		assertThat( index( "{email: 1}" ) ).containsEntry( "unique", org.bson.BsonBoolean.TRUE );
		assertThat( index( "{team_id: 1}" ) ).isNotNull();
		assertThat( mongoServer.database().listCollectionNames().into( new HashSet<>() ) ).contains( "Member", "Team" );
	}

	@Test
	void updateFailsNamingTheIndexWhenStoredDocumentsBreakIt() {
		mongoServer.database().getCollection( "Member" ).insertMany( List.of(
				new org.bson.Document( "_id", 1L ).append( "login", "ann" ).append( "name", "Ann" ),
				new org.bson.Document( "_id", 2L ).append( "login", "ann" ).append( "name", "Another Ann" ) ) );

		Throwable thrown = catchThrowable( () -> factory( "update" ).close() );

		assertThat( Stream.iterate( thrown, Objects::nonNull, Throwable::getCause ) ).anySatisfy( cause -> assertThat( cause )
				.isInstanceOf( SchemaManagementException.class )
				.hasMessageContaining( "Schema update: {\"createIndexes\": \"Member\"" ).hasMessageContaining( "duplicate key" ) );
	}

	@Test
	void updateUnderEnforceSchemaRecreatesAMissingIndex() {
		Map<String, Object> enforced = Map.of( AvailableSettings.HBM2DDL_AUTO, "create", MongoSettings.ENFORCE_SCHEMA, "true" );
		Persistence.mongo( mongoServer.databaseName(), enforced, Member.class, Team.class ).close();
		mongoServer.database().getCollection( "Member" ).dropIndex( "name_desc" );

		Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "update", MongoSettings.ENFORCE_SCHEMA, "true" ),
				Member.class, Team.class ).close();

		assertThat( index( "{name: -1}" ).getString( "name" ).getValue() ).isEqualTo( "name_desc" );
	}

	@Test
	void createDropDropsTheCollectionsAndTheirIndexes() {
		EntityManagerFactory factory = factory( "create-drop" );
		assertThat( indexes() ).hasSizeGreaterThan( 1 );

		factory.close();

		assertThat( mongoServer.database().listCollectionNames().into( new HashSet<>() ) ).doesNotContain( "Member", "Team" );
	}
}
