package io.hibermongo.dialect.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import jakarta.persistence.LockModeType;
import org.hibernate.LockMode;
import org.hibernate.Timeouts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands of pessimistic locks: a locked {@code find} keeps {@code _id} in its projection and shows
 * the lock write it is followed by; on this in-process server (no transactions) running it is refused
 * naming why, and constructs that cannot be locked exactly are refused by name.
 */
class PessimisticLockTest {

	private static MqlCapture capture;

	@BeforeAll
	static void start() {
		capture = new MqlCapture( "locks", Person.class );
		capture.sessionFactory.inTransaction( session -> session.persist( new Person( 1L, "Ann", 30, 1, null ) ) );
	}

	@AfterAll
	static void stop() {
		capture.close();
	}

	@Test
	void selectForUpdateIsAFindFollowedByALockWrite() {
		capture.take();
		assertThatThrownBy( () -> capture.sessionFactory.inTransaction( session -> session
				.createQuery( "select p.name from Person p where p.age > 3", String.class )
				.setLockMode( LockModeType.PESSIMISTIC_WRITE ).getResultList() ) )
				.isInstanceOf( FeatureNotSupportedException.class );
		assertThat( capture.last() ).isEqualTo( """
				{"find": "Person", "filter": {"age": {"$gt": 3}}, "projection": {"name": 1, "_id": 1}, \
				"lock": {"mode": "PESSIMISTIC_WRITE", "update": {"$inc": {"_lock": 1}}}}""" );
	}

	@Test
	void findWithALockModeIsALockedFindById() {
		capture.take();
		assertThatThrownBy( () -> capture.sessionFactory.inTransaction( session -> session.find( Person.class, 1L, LockModeType.PESSIMISTIC_READ ) ) )
				.isInstanceOf( FeatureNotSupportedException.class );
		assertThat( capture.last() ).startsWith( """
				{"find": "Person", "filter": {"_id": {"$param": 1}}""" ).endsWith( """
				"lock": {"mode": "PESSIMISTIC_READ", "update": {"$inc": {"_lock": 1}}}}""" );
	}

	@Test
	void aLockOutsideAMongoTransactionIsRefusedNamingWhy() {
		assertThatThrownBy( () -> capture.sessionFactory.inTransaction( session -> session
				.lock( session.find( Person.class, 1L ), LockMode.PESSIMISTIC_WRITE ) ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Pessimistic locking (PESSIMISTIC_WRITE) outside a MongoDB transaction is not supported" )
				.hasMessageContaining( "the MongoDB server has no transactions" );
	}

	@Test
	void skipLockedIsRefusedByName() {
		assertThatThrownBy( () -> capture.sessionFactory.inTransaction( session -> session
				.createQuery( "select p from Person p", Person.class ).setLockMode( LockModeType.PESSIMISTIC_WRITE )
				.setTimeout( Timeouts.SKIP_LOCKED ).getResultList() ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "SKIP LOCKED (PESSIMISTIC_WRITE) is not supported by Hibermongo" );
	}

	@Test
	void aLockOnAnAggregatePipelineIsRefusedByName() {
		assertThatThrownBy( () -> capture.sessionFactory.inTransaction( session -> session
				.createQuery( "select upper(p.name) from Person p", String.class ).setLockMode( LockModeType.PESSIMISTIC_WRITE )
				.getResultList() ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Pessimistic locking (PESSIMISTIC_WRITE) of a query that needs an aggregate pipeline" );
	}
}
