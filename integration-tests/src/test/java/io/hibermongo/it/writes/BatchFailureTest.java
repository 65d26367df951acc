package io.hibermongo.it.writes;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.TestServer;
import io.hibermongo.it.writes.model.Account;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import org.bson.Document;
import org.hibernate.JDBCException;
import org.hibernate.StaleObjectStateException;
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
 * A JDBC batch of entity writes that does not go through completely: each row reports what happened to
 * it, so Hibernate's stale-state error names the entity whose row did not match, and the documents
 * left behind are what DESIGN ("Writes, batches, errors") says a failed flush leaves.
 */
class BatchFailureTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final int BATCH_SIZE = 10;

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE, AvailableSettings.ORDER_UPDATES, true ),
				Account.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@BeforeEach
	void startEmpty() {
		accounts().drop();
	}

	@Test
	void updateBatchNamesTheEntityChangedConcurrently() {
		persistAccounts( 5 );

		Throwable thrown = flushChanging( (em, accounts) -> accounts.forEach( account -> account.setBalance( account.getBalance() + 1 ) ),
				() -> accounts().updateOne( Filters.eq( "_id", 3L ), Updates.combine( Updates.set( "balance", 500 ), Updates.inc( "version", 1 ) ) ) );

		assertStaleStateOf( thrown, 3L );
		for ( long id : List.of( 1L, 2L, 4L, 5L ) ) {
			Document stored = stored( id );
			if ( TestServer.hasTransactions() ) {
				assertThat( stored ).containsEntry( "balance", 100 ).containsEntry( "version", 0 );
			}
			else {
				assertThat( stored ).containsEntry( "balance", 101 ).containsEntry( "version", 1 );
			}
		}
		assertThat( stored( 3L ) ).containsEntry( "balance", 500 );
	}

	@Test
	void deleteBatchNamesTheEntityChangedConcurrently() {
		persistAccounts( 5 );

		Throwable thrown = flushChanging( (em, accounts) -> accounts.forEach( em::remove ),
				() -> accounts().updateOne( Filters.eq( "_id", 4L ), Updates.inc( "version", 1 ) ) );

		assertStaleStateOf( thrown, 4L );
		long expectedLeft = TestServer.hasTransactions() ? 5 : 1;
		assertThat( accounts().countDocuments() ).isEqualTo( expectedLeft );
		assertThat( accounts().countDocuments( Filters.eq( "_id", 4L ) ) ).isOne();
	}

	/**
	 * The documented limit: after the batch every document is gone, so no read can tell which delete
	 * found nothing; every row reports 0 and Hibernate names the batch's first entity.
	 */
	@Test
	void deleteBatchMissingADocumentDeletedConcurrentlyNamesTheFirstEntity() {
		persistAccounts( 3 );

		Throwable thrown = flushChanging( (em, accounts) -> accounts.forEach( em::remove ),
				() -> accounts().deleteOne( Filters.eq( "_id", 2L ) ) );

		assertStaleStateOf( thrown, 1L );
	}

	@Test
	void failedUpdateBatchReportsTheRowsBeforeTheFailure() {
		accounts().createIndex( Indexes.ascending( "owner" ), new IndexOptions().unique( true ).sparse( true ) );
		persistAccounts( 3 );
		Persistence.persist( factory, new Account( 4L, "taken", 0 ) );

		Throwable thrown = flushChanging( (em, accounts) -> {
			accounts.get( 0 ).setOwner( "renamed-1" );
			accounts.get( 1 ).setOwner( "taken" );
			accounts.get( 2 ).setOwner( "renamed-3" );
		}, () -> { } );

		BatchUpdateException batch = batchUpdateExceptionIn( thrown );
		assertThat( batch.getSQLState() ).isEqualTo( "23505" );
		assertThat( batch.getUpdateCounts() ).containsExactly( 1 );
		assertThat( stored( 1L ).getString( "owner" ) ).isEqualTo( TestServer.hasTransactions() ? "owner-1" : "renamed-1" );
		assertThat( stored( 2L ).getString( "owner" ) ).isEqualTo( "owner-2" );
	}

	@Test
	void failedInsertBatchRemovesItsOwnRowsAndKeepsEarlierBatches() {
		accounts().insertOne( new Document( "_id", 13L ).append( "owner", "already there" ).append( "version", 0 ) );

		Throwable thrown = catchThrowable( () -> persistAccounts( 15 ) );

		assertThat( causes( thrown ) ).anyMatch( ConstraintViolationException.class::isInstance );
		assertThat( batchUpdateExceptionIn( thrown ).getUpdateCounts() ).isEmpty();
		List<Long> expected = TestServer.hasTransactions() ? List.of( 13L ) : List.of( 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 13L );
		assertThat( accounts().distinct( "_id", Long.class ).into( new ArrayList<>() ) )
				.containsExactlyInAnyOrderElementsOf( expected );
	}

	/**
	 * Reads all accounts outside a transaction (so that a concurrent change is the version check's to
	 * find, not a transaction's write conflict), lets {@code concurrentWriter} change the documents, then
	 * applies {@code change} and flushes in a transaction; returns what the flush threw.
	 */
	private static Throwable flushChanging(BiConsumer<EntityManager, List<Account>> change, Runnable concurrentWriter) {
		EntityManager em = factory.createEntityManager();
		try {
			List<Account> accounts = em.createQuery( "from Account a order by a.id", Account.class ).getResultList();
			concurrentWriter.run();
			em.getTransaction().begin();
			change.accept( em, accounts );
			return catchThrowable( em::flush );
		}
		finally {
			if ( em.getTransaction().isActive() ) {
				em.getTransaction().rollback();
			}
			em.close();
		}
	}

	private static void assertStaleStateOf(Throwable thrown, long id) {
		assertThat( thrown ).isInstanceOf( OptimisticLockException.class );
		assertThat( causes( thrown ) ).filteredOn( StaleObjectStateException.class::isInstance ).first()
				.satisfies( stale -> assertThat( ( (StaleObjectStateException) stale ).getIdentifier() ).isEqualTo( id ) );
	}

	private static BatchUpdateException batchUpdateExceptionIn(Throwable thrown) {
		SQLException sql = causes( thrown ).stream().filter( JDBCException.class::isInstance )
				.map( e -> ( (JDBCException) e ).getSQLException() ).findFirst().orElseThrow();
		assertThat( (Throwable) sql ).isInstanceOf( BatchUpdateException.class );
		return (BatchUpdateException) sql;
	}

	private static List<Throwable> causes(Throwable thrown) {
		List<Throwable> chain = new ArrayList<>();
		for ( Throwable cause = thrown; cause != null && !chain.contains( cause ); cause = cause.getCause() ) {
			chain.add( cause );
		}
		return chain;
	}

	/** Persists accounts 1 … {@code count} (owner {@code owner-<id>}, balance 100) in one flush. */
	private static void persistAccounts(int count) {
		Persistence.inTransaction( factory, em -> LongStream.rangeClosed( 1, count )
				.forEach( id -> em.persist( new Account( id, "owner-" + id, 100 ) ) ) );
	}

	private static MongoCollection<Document> accounts() {
		return mongoServer.database().getCollection( Account.COLLECTION );
	}

	private static Document stored(long id) {
		Document stored = accounts().find( Filters.eq( "_id", id ) ).first();
		assertThat( stored ).as( "stored account %s", id ).isNotNull();
		return stored;
	}
}
