package io.hibermongo.it.transactions;

import java.util.Map;

import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import io.hibermongo.it.support.TestServer;
import io.hibermongo.it.transactions.model.Booking;
import io.hibermongo.it.transactions.model.Stock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.HibernateException;
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
 * Hibernate transactions as MongoDB transactions: a rollback undoes what the flushes wrote, counters stay
 * advanced (as relational sequences), and two transactions writing the same document conflict with a
 * retryable {@link LockAcquisitionException}. The embedded server has no transactions, so those tests run
 * on a real replica set only; {@code transactions=required} refusing such a server runs everywhere else.
 */
class TransactionTest {

	@RegisterExtension
	static final MongoServerExtension mongo = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void start() {
		factory = Persistence.mongo( mongo.databaseName(), Map.of( "hibernate.hbm2ddl.auto", "create" ), Stock.class, Booking.class );
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void rollbackUndoesFlushedInsertsUpdatesAndDeletes() {
		Persistence.persist( factory, new Stock( 1L, "kept", 5 ) );
		Persistence.persist( factory, new Stock( 2L, "deleted then restored", 7 ) );
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			em.persist( new Stock( 3L, "never committed", 1 ) );
			em.find( Stock.class, 1L ).setQuantity( 99 );
			em.remove( em.find( Stock.class, 2L ) );
			em.flush();
			assertThat( stockDocuments() ).as( "outside the transaction nothing shows yet" ).isEqualTo( 2 );
			em.getTransaction().rollback();
		}
		assertThat( stock( 1L ).getInteger( "quantity" ) ).isEqualTo( 5 );
		assertThat( stock( 2L ) ).isNotNull();
		assertThat( stock( 3L ) ).isNull();
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void aRolledBackPersistLeavesAGapInItsCounterNeverAReuse() {
		long first = Persistence.persist( factory, new Booking( "first" ) ).getId();
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			em.persist( new Booking( "rolled back" ) );
			em.flush();
			em.getTransaction().rollback();
		}
		long next = Persistence.persist( factory, new Booking( "next" ) ).getId();
		assertThat( next ).isEqualTo( first + 2 );
		assertThat( mongo.database().getCollection( "Booking" ).countDocuments( new Document( "guest", "rolled back" ) ) ).isZero();
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void twoTransactionsWritingTheSameDocumentConflictRetryably() {
		Persistence.persist( factory, new Stock( 10L, "contended", 1 ) );
		try ( EntityManager first = factory.createEntityManager(); EntityManager second = factory.createEntityManager() ) {
			first.getTransaction().begin();
			first.find( Stock.class, 10L ).setQuantity( 2 );
			first.flush();

			second.getTransaction().begin();
			second.find( Stock.class, 10L ).setQuantity( 3 );
			Throwable conflict = catchThrowable( second::flush );
			assertThat( conflict ).hasCauseInstanceOf( LockAcquisitionException.class );
			assertThat( conflict.getCause() ).hasMessageContaining( "write conflict" );
			second.getTransaction().rollback();

			first.getTransaction().commit();
		}
		assertThat( stock( 10L ).getInteger( "quantity" ) ).isEqualTo( 2 );
	}

	@Test
	void requiredTransactionsRefuseAServerWithout() {
		assumeFalse( TestServer.hasTransactions(), "the server has transactions, so required accepts it" );
		assertThatThrownBy( () -> Persistence.mongo( mongo.databaseName(), Map.of( "hibernate.mongodb.transactions", "required" ), Stock.class ) )
				.hasStackTraceContaining( "hibernate.mongodb.transactions=required" )
				.hasStackTraceContaining( "does not support transactions" )
				.isInstanceOf( HibernateException.class );
	}

	private static long stockDocuments() {
		return mongo.database().getCollection( Stock.COLLECTION ).countDocuments();
	}

	private static Document stock(long id) {
		return mongo.database().getCollection( Stock.COLLECTION ).find( new Document( "_id", id ) ).first();
	}
}
