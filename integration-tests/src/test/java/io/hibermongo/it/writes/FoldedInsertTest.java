package io.hibermongo.it.writes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.writes.model.Dimension;
import io.hibermongo.it.writes.model.Shelf;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Rows that follow an owner's insert (its collections' elements) are folded into the inserted document:
 * the commands a persist costs, counted by a driver {@code CommandListener}, the documents stored, and what
 * a failing folded insert leaves behind. The factory batches JDBC statements.
 */
class FoldedInsertTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final CommandCounter counter = new CommandCounter();
	private static final AtomicLong ids = new AtomicLong( 1000 );

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		Map<String, Object> properties = new HashMap<>( counter.properties( mongoServer.databaseName() ) );
		properties.put( AvailableSettings.STATEMENT_BATCH_SIZE, 50 );
		factory = Persistence.mongo( mongoServer.databaseName(), properties, Shelf.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@BeforeEach
	void forgetEarlierCommands() {
		counter.reset();
	}

	private static Shelf filled(long id) {
		Shelf shelf = new Shelf( id, "shelf " + id ).withoutRatings();
		shelf.getTitles().addAll( List.of( "Dune", "Emma" ) );
		shelf.getTags().add( "fiction" );
		shelf.getNotes().put( "room", "study" );
		return shelf;
	}

	private static BsonDocument stored(long id) {
		return mongoServer.database().getCollection( Shelf.COLLECTION, BsonDocument.class ).find( new BsonDocument( "_id", new BsonInt64( id ) ) ).first();
	}

	@Test
	void persistingAnOwnerWithFiveCollectionsIsOneInsertOfTheWholeDocument() {
		long id = ids.incrementAndGet();

		Persistence.persist( factory, filled( id ) );

		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( stored( id ) ).as( "empty sizes are [], NULL ratings no field" ).isEqualTo( BsonDocument.parse( "{_id: {$numberLong: '" + id
				+ "'}, label: 'shelf " + id + "', version: 0, titles: ['Dune', 'Emma'], tags: ['fiction'], notes: [{k: 'room', v: 'study'}], sizes: []}" ) );
	}

	@Test
	void embeddableElementsAreFoldedAsSubDocumentsWithoutTheirNullFields() {
		long id = ids.incrementAndGet();
		Shelf shelf = new Shelf( id, "sized" );
		shelf.getSizes().add( new Dimension( 3, null ) );
		shelf.getSizes().add( new Dimension( 4, 5 ) );
		shelf.getRatings().add( 7 );

		Persistence.persist( factory, shelf );

		assertThat( counter.writes() ).hasSize( 1 );
		BsonDocument document = stored( id );
		assertThat( document.getArray( "sizes" ) ).containsExactly( BsonDocument.parse( "{width: 3}" ), BsonDocument.parse( "{height: 5, width: 4}" ) );
		assertThat( document.getArray( "ratings" ) ).containsExactly( new org.bson.BsonInt32( 7 ) );
		assertThat( document.getArray( "titles" ) ).isEmpty();
	}

	@Test
	void fiftyOwnersPersistedInOneFlushAreOneInsertCommand() {
		List<Long> persisted = new ArrayList<>();
		Persistence.inTransaction( factory, em -> {
			for ( int i = 0; i < 50; i++ ) {
				Shelf shelf = filled( ids.incrementAndGet() );
				persisted.add( shelf.getId() );
				em.persist( shelf );
			}
		} );

		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( counter.writes().get( 0 ).getArray( "documents" ) ).hasSize( 50 );
		assertThat( stored( persisted.get( 49 ) ).getArray( "titles" ) ).hasSize( 2 );
	}

	@Test
	void anOwnerChangedBeforeTheFlushOfItsPersistIsStillOneInsert() {
		long id = ids.incrementAndGet();
		Persistence.inTransaction( factory, em -> {
			Shelf shelf = filled( id );
			em.persist( shelf );
			shelf.setLabel( "renamed" );
			shelf.getTags().add( "classic" );
		} );

		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( stored( id ).getString( "label" ).getValue() ).isEqualTo( "renamed" );
		assertThat( stored( id ).getInt32( "version" ).getValue() ).as( "the version the update set" ).isEqualTo( 1 );
		assertThat( stored( id ).getArray( "tags" ) ).hasSize( 2 );
	}

	@Test
	void aQueryAfterThePersistSendsTheHeldInsertFirstAndSeesIt() {
		long id = ids.incrementAndGet();
		List<String> labels = new ArrayList<>();
		Persistence.inTransaction( factory, em -> {
			em.persist( filled( id ) );
			labels.addAll( em.createQuery( "select s.label from Shelf s where s.id = :id and 'fiction' member of s.tags", String.class )
					.setParameter( "id", id ).getResultList() );
		} );

		assertThat( labels ).containsExactly( "shelf " + id );
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
	}

	@Test
	void anUnrelatedWriteOfTheFlushSendsTheHeldInsertFirstAndTheRowsRunAsUpdates() {
		long existing = ids.incrementAndGet();
		Persistence.persist( factory, new Shelf( existing, "old" ) );
		long id = ids.incrementAndGet();
		counter.reset();

		Persistence.inTransaction( factory, em -> {
			em.find( Shelf.class, existing ).setLabel( "changed" );
			em.persist( filled( id ) );
		} );

		assertThat( counter.writes().get( 0 ).getFirstKey() ).isEqualTo( "insert" );
		assertThat( counter.writes().get( 0 ).getArray( "documents" ).get( 0 ).asDocument().containsKey( "titles" ) )
				.as( "sent before the other entity's update, so before its own rows" ).isFalse();
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsOnlyOnce( "insert" );
		assertThat( stored( id ).getArray( "titles" ) ).hasSize( 2 );
		assertThat( stored( existing ).getString( "label" ).getValue() ).isEqualTo( "changed" );
	}

	@Test
	void aDuplicateKeyOfAFoldedInsertFailsTheFlushAndChangesNothing() {
		long id = ids.incrementAndGet();
		Persistence.persist( factory, new Shelf( id, "first" ) );
		BsonDocument before = stored( id );

		EntityManager em = factory.createEntityManager();
		Throwable thrown;
		try {
			em.getTransaction().begin();
			em.persist( filled( id ) );
			thrown = catchThrowable( em::flush );
		}
		finally {
			em.getTransaction().rollback();
			em.close();
		}

		assertThat( causes( thrown ) ).anySatisfy( cause -> assertThat( cause ).isInstanceOf( ConstraintViolationException.class ) );
		assertThat( stored( id ) ).isEqualTo( before );
	}

	@Test
	void aDuplicateKeyOfAFoldedInsertFailsTheCommitAndStoresNoneOfItsDocuments() {
		long taken = ids.incrementAndGet();
		Persistence.persist( factory, new Shelf( taken, "first" ) );
		BsonDocument before = stored( taken );
		long fresh = ids.incrementAndGet();

		Throwable thrown = catchThrowable( () -> Persistence.inTransaction( factory, em -> {
			em.persist( filled( fresh ) );
			em.persist( filled( taken ) );
		} ) );

		assertThat( causes( thrown ) ).anySatisfy( cause -> assertThat( cause ).isInstanceOf( ConstraintViolationException.class ) );
		assertThat( stored( fresh ) ).isNull();
		assertThat( stored( taken ) ).isEqualTo( before );
	}

	@Test
	void aRolledBackStatelessInsertIsNeverSent() {
		long id = ids.incrementAndGet();
		try ( StatelessSession session = factory.unwrap( SessionFactory.class ).openStatelessSession() ) {
			session.getTransaction().begin();
			session.insert( filled( id ) );
			session.getTransaction().rollback();
		}

		assertThat( counter.writes() ).as( "held until the rollback discarded it" ).isEmpty();
		assertThat( stored( id ) ).isNull();
	}

	@Test
	void aStatelessSessionFoldsItsInsertsAndSendsThemBeforeItsNextRead() {
		long first = ids.incrementAndGet();
		long second = ids.incrementAndGet();
		Shelf loaded;
		try ( StatelessSession session = factory.unwrap( SessionFactory.class ).openStatelessSession() ) {
			session.insert( filled( first ) );
			session.insert( filled( second ) );
			loaded = session.get( Shelf.class, second );
		}

		assertThat( loaded.getLabel() ).isEqualTo( "shelf " + second );
		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( counter.writes().get( 0 ).getArray( "documents" ) ).hasSize( 2 );
		assertThat( stored( first ).getArray( "titles" ) ).hasSize( 2 );
	}

	@Test
	void theLobOfAFoldedOwnerStaysStored() {
		long id = ids.incrementAndGet();
		Shelf shelf = filled( id );
		shelf.setCover( new byte[] { 1, 2, 3 } );
		long files = mongoServer.database().getCollection( "fs.files" ).countDocuments();

		Persistence.persist( factory, shelf );

		assertThat( mongoServer.database().getCollection( "fs.files" ).countDocuments() ).isEqualTo( files + 1 );
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( Shelf.class, id ).getCover() ).containsExactly( 1, 2, 3 );
		}
		finally {
			em.close();
		}
	}

	@Test
	void aLobReplacedBeforeTheFlushOfItsPersistLeavesOnlyTheNewFile() {
		long id = ids.incrementAndGet();
		long files = mongoServer.database().getCollection( "fs.files" ).countDocuments();
		Persistence.inTransaction( factory, em -> {
			Shelf shelf = filled( id );
			shelf.setCover( new byte[] { 1 } );
			em.persist( shelf );
			shelf.setCover( new byte[] { 2 } );
		} );

		assertThat( counter.writes() ).filteredOn( write -> write.getString( write.getFirstKey() ).getValue().equals( Shelf.COLLECTION ) )
				.extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( mongoServer.database().getCollection( "fs.files" ).countDocuments() ).as( "the first cover's file is deleted" ).isEqualTo( files + 1 );
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( Shelf.class, id ).getCover() ).containsExactly( 2 );
		}
		finally {
			em.close();
		}
	}

	private static List<Throwable> causes(Throwable thrown) {
		List<Throwable> chain = new ArrayList<>();
		for ( Throwable cause = thrown; cause != null && !chain.contains( cause ); cause = cause.getCause() ) {
			chain.add( cause );
		}
		return chain;
	}
}
