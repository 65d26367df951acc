package io.hibermongo.it.transactions;

import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import io.hibermongo.it.support.TestServer;
import io.hibermongo.it.transactions.model.Stock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.bson.Document;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Pessimistic locks as writes inside MongoDB transactions: a locked document makes every other
 * transaction that locks or writes it fail at once with a lock exception until the lock's transaction
 * ends, and a lock on a document changed since the transaction's snapshot fails instead of returning stale
 * data. Without transactions (the embedded server) a lock is refused, never silently skipped.
 */
class PessimisticLockTest {

	@RegisterExtension
	static final MongoServerExtension mongo = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void start() {
		factory = Persistence.mongo( mongo.databaseName(), Map.of( "hibernate.hbm2ddl.auto", "create" ), Stock.class );
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@Test
	void aLockWithoutTransactionsIsRefusedNamingWhy() {
		assumeFalse( TestServer.hasTransactions(), "the server has transactions" );
		Persistence.persist( factory, new Stock( 1L, "unlockable", 1 ) );
		assertThatThrownBy( () -> Persistence.inTransaction( factory, em -> em.find( Stock.class, 1L, LockModeType.PESSIMISTIC_WRITE ) ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Pessimistic locking (PESSIMISTIC_WRITE) outside a MongoDB transaction is not supported" )
				.hasMessageContaining( "the MongoDB server has no transactions" );
		assertThat( stock( 1L ) ).doesNotContainKey( "_lock" );
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void aSecondLockOnTheSameDocumentFailsAtOnce() {
		Persistence.persist( factory, new Stock( 20L, "contended", 1 ) );
		try ( EntityManager first = factory.createEntityManager(); EntityManager second = factory.createEntityManager() ) {
			first.getTransaction().begin();
			first.find( Stock.class, 20L, LockModeType.PESSIMISTIC_WRITE );

			second.getTransaction().begin();
			Throwable refused = catchThrowable( () -> second.find( Stock.class, 20L, LockModeType.PESSIMISTIC_WRITE ) );
			assertThat( refused ).isInstanceOf( jakarta.persistence.PessimisticLockException.class )
					.hasCauseInstanceOf( LockAcquisitionException.class );
			second.getTransaction().rollback();
			first.getTransaction().commit();
		}
		assertThat( stock( 20L ).getInteger( "_lock" ) ).isEqualTo( 1 );
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void aDocumentLockedBySelectForUpdateRefusesOtherWritersUntilCommit() {
		Persistence.persist( factory, new Stock( 21L, "for update", 5 ) );
		try ( EntityManager locker = factory.createEntityManager(); EntityManager writer = factory.createEntityManager() ) {
			locker.getTransaction().begin();
			assertThat( locker.createQuery( "select s from Stock s where s.item = 'for update'", Stock.class )
					.setLockMode( LockModeType.PESSIMISTIC_WRITE ).getResultList() ).hasSize( 1 );

			writer.getTransaction().begin();
			writer.find( Stock.class, 21L ).setQuantity( 6 );
			assertThat( catchThrowable( writer::flush ) ).hasCauseInstanceOf( LockAcquisitionException.class );
			writer.getTransaction().rollback();
			locker.getTransaction().commit();
		}
		Persistence.inTransaction( factory, em -> em.find( Stock.class, 21L, LockModeType.PESSIMISTIC_WRITE ).setQuantity( 7 ) );
		assertThat( stock( 21L ).getInteger( "quantity" ) ).isEqualTo( 7 );
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void aLockOnADocumentChangedSinceTheSnapshotFailsInsteadOfReadingStaleData() {
		Persistence.persist( factory, new Stock( 22L, "changed meanwhile", 1 ) );
		try ( EntityManager stale = factory.createEntityManager() ) {
			stale.getTransaction().begin();
			Stock read = stale.find( Stock.class, 22L );
			Persistence.inTransaction( factory, em -> em.find( Stock.class, 22L ).setQuantity( 2 ) );
			assertThat( catchThrowable( () -> stale.lock( read, LockModeType.PESSIMISTIC_WRITE ) ) )
					.isInstanceOf( jakarta.persistence.PersistenceException.class );
			stale.getTransaction().rollback();
		}
		assertThat( stock( 22L ).getInteger( "quantity" ) ).isEqualTo( 2 );
	}

	private static Document stock(long id) {
		return mongo.database().getCollection( Stock.COLLECTION ).find( new Document( "_id", id ) ).first();
	}
}
