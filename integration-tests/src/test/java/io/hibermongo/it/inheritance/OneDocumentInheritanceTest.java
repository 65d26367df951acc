package io.hibermongo.it.inheritance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.it.inheritance.model.Animal;
import io.hibermongo.it.inheritance.model.Cat;
import io.hibermongo.it.inheritance.model.ClashA;
import io.hibermongo.it.inheritance.model.ClashB;
import io.hibermongo.it.inheritance.model.ClashRoot;
import io.hibermongo.it.inheritance.model.Customer;
import io.hibermongo.it.inheritance.model.Dog;
import io.hibermongo.it.inheritance.model.Puppy;
import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.MappingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A JOINED hierarchy's tables and an entity's secondary tables are parts of one document in the root's
 * collection: what is stored, which collections schema export creates, and what loading, persisting and
 * removing cost, counted by a driver {@code CommandListener} (the factory batches JDBC statements).
 */
class OneDocumentInheritanceTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final CommandCounter counter = new CommandCounter();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		Map<String, Object> properties = new HashMap<>( counter.properties( mongoServer.databaseName() ) );
		properties.put( AvailableSettings.STATEMENT_BATCH_SIZE, 50 );
		properties.put( AvailableSettings.HBM2DDL_AUTO, "create" );
		factory = Persistence.mongo( mongoServer.databaseName(), properties, Animal.class, Dog.class, Puppy.class, Cat.class, Customer.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@BeforeEach
	void forgetEarlierCommands() {
		counter.reset();
	}

	@Test
	void schemaExportCreatesOnlyTheCollectionsOfRootTables() {
		List<String> collections = mongoServer.database().listCollectionNames().into( new ArrayList<>() );
		assertThat( collections ).contains( Animal.COLLECTION, Customer.COLLECTION )
				.doesNotContain( "Dog", "Puppy", "Cat", "CustomerProfile", "CustomerBilling" );
	}

	@Test
	void indexesDeclaredOnSubclassAndSecondaryTablesIndexTheRootCollection() {
		List<BsonDocument> animalIndexes = mongoServer.database().getCollection( Animal.COLLECTION ).listIndexes( BsonDocument.class ).into( new ArrayList<>() );
		assertThat( animalIndexes ).anySatisfy( index -> {
			assertThat( index.getString( "name" ).getValue() ).isEqualTo( "dog_breed" );
			assertThat( index.getDocument( "key" ) ).isEqualTo( new BsonDocument( "breed", new BsonInt32( 1 ) ) );
		} );
		List<BsonDocument> customerIndexes = mongoServer.database().getCollection( Customer.COLLECTION ).listIndexes( BsonDocument.class ).into( new ArrayList<>() );
		assertThat( customerIndexes ).anySatisfy( index -> {
			assertThat( index.getString( "name" ).getValue() ).isEqualTo( "customer_iban" );
			assertThat( index.getDocument( "key" ) ).isEqualTo( new BsonDocument( "iban", new BsonInt32( 1 ) ) );
			assertThat( index.getBoolean( "unique" ).getValue() ).isTrue();
			assertThat( index.getBoolean( "sparse" ).getValue() ).isTrue();
		} );
	}

	@Test
	void aPuppyIsOneDocumentWithAllThreeTablesAndItsDiscriminator() {
		Persistence.persist( factory, new Puppy( 100L, "bo", 3, "pug", null, 8 ) );
		BsonDocument stored = mongoServer.database().getCollection( Animal.COLLECTION, BsonDocument.class )
				.find( new BsonDocument( "_id", new BsonInt64( 100 ) ) ).first();
		assertThat( stored ).isEqualTo( new BsonDocument( "_id", new BsonInt64( 100 ) )
				.append( "DTYPE", new BsonString( "Puppy" ) ).append( "name", new BsonString( "bo" ) )
				.append( "version", new BsonInt32( 0 ) ).append( "weight", new BsonInt32( 3 ) )
				.append( "breed", new BsonString( "pug" ) ).append( "ageWeeks", new BsonInt32( 8 ) ) );
	}

	@Test
	void persistingAPuppyIsOneInsertHoldingTheRowsOfAllThreeTables() {
		Persistence.persist( factory, new Puppy( 101L, "bo", 3, "pug", true, 8 ) );
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( counter.writes().get( 0 ).getString( "insert" ).getValue() ).isEqualTo( Animal.COLLECTION );
		assertThat( counter.writes().get( 0 ).getArray( "documents" ) ).singleElement()
				.satisfies( document -> assertThat( document.asDocument().keySet() ).contains( "breed", "barks", "ageWeeks" ) );
	}

	@Test
	void aBatchOfDogsIsOneInsert() {
		Persistence.inTransaction( factory, em -> {
			for ( long id = 200; id < 210; id++ ) {
				em.persist( new Dog( id, "dog" + id, 10, "lab", true ) );
			}
		} );
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( counter.writes().get( 0 ).getArray( "documents" ) ).hasSize( 10 )
				.allSatisfy( document -> assertThat( document.asDocument().getString( "breed" ).getValue() ).isEqualTo( "lab" ) );
	}

	@Test
	void loadingADogIsOneFindThatKeepsOnlyDogsAndPuppies() {
		Persistence.persist( factory, new Cat( 102L, "tom", 4, 7, "grey" ) );
		Persistence.persist( factory, new Puppy( 103L, "zed", 2, "lab", true, 5 ) );
		counter.reset();
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( Dog.class, 102L ) ).isNull();
			assertThat( em.find( Dog.class, 103L ) ).isInstanceOf( Puppy.class );
		}
		finally {
			em.close();
		}
		assertThat( counter.reads() ).hasSize( 2 );
		BsonDocument find = counter.reads().get( 0 );
		assertThat( find.getString( "find" ).getValue() ).isEqualTo( Animal.COLLECTION );
		assertThat( find.getDocument( "filter" ) ).isEqualTo( new BsonDocument( "$and", new BsonArray( List.of(
				new BsonDocument( "_id", new BsonInt64( 102 ) ),
				new BsonDocument( "DTYPE", new BsonDocument( "$in", new BsonArray( List.of( new BsonString( "Dog" ), new BsonString( "Puppy" ) ) ) ) ) ) ) ) );
	}

	@Test
	void removingAPuppyIsOneDelete() {
		Persistence.persist( factory, new Puppy( 104L, "bo", 3, "pug", true, 8 ) );
		counter.reset();
		Persistence.inTransaction( factory, em -> em.remove( em.find( Puppy.class, 104L ) ) );
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "delete" );
		assertThat( mongoServer.database().getCollection( Animal.COLLECTION ).countDocuments( new BsonDocument( "_id", new BsonInt64( 104 ) ) ) ).isZero();
	}

	@Test
	void theRootVersionGuardsAChangeOfASubclassColumnOnly() {
		Persistence.persist( factory, new Dog( 105L, "rex", 30, "lab", true ) );
		EntityManager stale = factory.createEntityManager();
		try {
			stale.getTransaction().begin();
			Dog outdated = stale.find( Dog.class, 105L );
			Persistence.inTransaction( factory, em -> em.find( Dog.class, 105L ).setBreed( "mutt" ) );
			outdated.setBreed( "poodle" );
			assertThatThrownBy( () -> stale.getTransaction().commit() ).isInstanceOf( RollbackException.class )
					.hasCauseInstanceOf( OptimisticLockException.class );
		}
		finally {
			stale.close();
		}
		BsonDocument stored = mongoServer.database().getCollection( Animal.COLLECTION, BsonDocument.class )
				.find( new BsonDocument( "_id", new BsonInt64( 105 ) ) ).first();
		assertThat( stored.getString( "breed" ).getValue() ).isEqualTo( "mutt" );
		assertThat( stored.getInt32( "version" ).getValue() ).isEqualTo( 1 );
	}

	@Test
	void persistingACustomerWithBothSecondaryRowsIsOneInsert() {
		Persistence.persist( factory, new Customer( 101L, "bob", "yo", 4, "FR76" ) );
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		BsonDocument key = new BsonDocument( "_id", new BsonInt64( 101 ) );
		assertThat( mongoServer.database().getCollection( Customer.COLLECTION, BsonDocument.class ).find( key ).first() )
				.isEqualTo( key.clone().append( "name", new BsonString( "bob" ) ).append( "version", new BsonInt32( 0 ) )
						.append( "bio", new BsonString( "yo" ) ).append( "stars", new BsonInt32( 4 ) ).append( "iban", new BsonString( "FR76" ) ) );
	}

	@Test
	void optionalSecondaryRowsComeAndGoAsFieldsOfTheDocument() {
		Persistence.persist( factory, new Customer( 100L, "ann", "hi", 3, null ) );
		BsonDocument key = new BsonDocument( "_id", new BsonInt64( 100 ) );
		assertThat( mongoServer.database().getCollection( Customer.COLLECTION, BsonDocument.class ).find( key ).first() )
				.isEqualTo( key.clone().append( "name", new BsonString( "ann" ) ).append( "version", new BsonInt32( 0 ) )
						.append( "bio", new BsonString( "hi" ) ).append( "stars", new BsonInt32( 3 ) ) );
		counter.reset();
		Persistence.inTransaction( factory, em -> {
			Customer customer = em.find( Customer.class, 100L );
			customer.setBio( null );
			customer.setStars( null );
			customer.setIban( "DE44" );
		} );
		assertThat( mongoServer.database().getCollection( Customer.COLLECTION, BsonDocument.class ).find( key ).first() )
				.isEqualTo( key.clone().append( "name", new BsonString( "ann" ) ).append( "version", new BsonInt32( 1 ) )
						.append( "iban", new BsonString( "DE44" ) ) );
		assertThat( counter.writes() ).allSatisfy( write -> assertThat( write.getFirstKey() ).isEqualTo( "update" ) );
	}

	@Test
	void subclassColumnsStoredInTheSameFieldFailAtStartupNamingBoth() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), ClashRoot.class, ClashA.class, ClashB.class ).close() )
				.rootCause().hasMessageContaining( "model.ClashA.color'" ).hasMessageContaining( "model.ClashB.color'" )
				.hasMessageContaining( "field 'color'" );
	}

	@Test
	void aJoinedHierarchyWithoutDiscriminatorFailsAtStartup() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(),
				Map.of( MappingSettings.IMPLICIT_DISCRIMINATOR_COLUMNS_FOR_JOINED_SUBCLASS, false ), Animal.class, Dog.class ).close() )
				.rootCause().hasMessageContaining( "model.Dog' is not supported" ).hasMessageContaining( "no discriminator column" );
	}
}
