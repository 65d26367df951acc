package io.hibermongo.it.dml;

import java.util.List;
import java.util.Map;

import io.hibermongo.it.differential.clinic.Author;
import io.hibermongo.it.differential.clinic.Location;
import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.PetType;
import io.hibermongo.it.differential.clinic.Visit;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HQL inserts that fail part-way leave the collection as it was (without a transaction, as on the
 * embedded server, the documents inserted before the failure are deleted again); {@code on conflict … do
 * nothing} skips exactly the conflicting rows (PostgreSQL's meaning: H2 runs these as plain inserts and
 * fails, so it cannot be the oracle here; {@code do update} is compared with H2 in the differential test);
 * the forms Hibermongo cannot run exactly are refused by name.
 */
class DmlFailureTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), PetType.class, Location.class, Author.class, Owner.class, Pet.class,
				Visit.class, PetRecord.class, PooledTag.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@BeforeEach
	void loadPetsAndRecords() {
		Persistence.inTransaction( factory, em -> {
			em.createQuery( "delete from PetRecord" ).executeUpdate();
			em.createQuery( "delete from Pet" ).executeUpdate();
		} );
		Persistence.inTransaction( factory, em -> {
			for ( long id = 1; id <= 5; id++ ) {
				em.persist( new Pet( id, "Pet " + id, (int) id, null, null ) );
			}
			em.persist( new PetRecord( 3L, "taken", 30, null ) );
		} );
	}

	private static int execute(String hql) {
		return Persistence.computeInTransaction( factory, em -> em.createQuery( hql ).executeUpdate() );
	}

	private static List<String> records() {
		return Persistence.computeInTransaction( factory, em -> em.createQuery(
				"select r.id, r.name, r.weight from PetRecord r order by r.id", Object[].class ).getResultList().stream()
				.map( java.util.Arrays::toString ).toList() );
	}

	@Test
	void insertSelectFailingOnADuplicateKeyLeavesNothingBehind() {
		assertThatThrownBy( () -> execute( "insert into PetRecord (id, name, weight) select p.id, p.name, p.weight from Pet p" ) )
				.hasStackTraceContaining( ConstraintViolationException.class.getName() );
		assertThat( records() ).containsExactly( "[3, taken, 30]" );
	}

	@Test
	void valuesFailingOnADuplicateKeyLeaveNothingBehind() {
		assertThatThrownBy( () -> execute( "insert into PetRecord (id, name) values (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')" ) )
				.hasStackTraceContaining( ConstraintViolationException.class.getName() );
		assertThat( records() ).containsExactly( "[3, taken, 30]" );
	}

	@Test
	@RequiresRealServer("transactions: the embedded server has none")
	void readAndWriteOfABulkUpdateRunInTheTransactionAndRollBackWithIt() {
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			em.persist( new PetRecord( 4L, "Pet 4", 1, null ) );
			em.flush();
			// the read sees the transaction's own insert; the write is undone with it
			assertThat( em.createQuery( "update PetRecord r set r.ownerName = 'x' where r.name in (select p.name from Pet p)" )
					.executeUpdate() ).isEqualTo( 1 );
			assertThat( em.createQuery( "insert into PetRecord (id, name) select p.id + 10, p.name from Pet p" ).executeUpdate() ).isEqualTo( 5 );
			em.getTransaction().rollback();
		}
		finally {
			em.close();
		}
		assertThat( records() ).containsExactly( "[3, taken, 30]" );
	}

	@Test
	void onConflictDoNothingSkipsTheConflictingRows() {
		assertThat( execute( "insert into PetRecord (id, name) values (3, 'dup'), (70, 'new'), (70, 'again') on conflict do nothing" ) )
				.isEqualTo( 1 );
		assertThat( records() ).containsExactly( "[3, taken, 30]", "[70, new, null]" );
	}

	@Test
	void onConflictOnTheIdSkipsRowsWhoseIdExists() {
		assertThat( execute( "insert into PetRecord (id, name) values (2, 'a'), (3, 'b'), (4, 'c') on conflict (id) do nothing" ) ).isEqualTo( 2 );
		assertThat( records() ).containsExactly( "[2, a, null]", "[3, taken, 30]", "[4, c, null]" );
	}

	/** Hibernate 7.4.6 itself fails on {@code insert … select … on conflict (columns)} (a NullPointerException in its SQM converter). */
	@Test
	void insertSelectOnConflictDoNothingSkipsTheRowsThatConflict() {
		assertThat( execute( "insert into PetRecord (id, name, weight) select p.id, p.name, p.weight from Pet p on conflict do nothing" ) )
				.isEqualTo( 4 );
		assertThat( records() ).containsExactly( "[1, Pet 1, 1]", "[2, Pet 2, 2]", "[3, taken, 30]", "[4, Pet 4, 4]", "[5, Pet 5, 5]" );
	}

	@Test
	void onConflictOnAColumnSkipsRowsHoldingItsValueButNeverANull() {
		assertThat( execute( "insert into PetRecord (id, name) values (80, 'taken'), (81, 'fresh'), (82, null) on conflict (name) do nothing" ) )
				.isEqualTo( 2 );
		assertThat( records() ).containsExactly( "[3, taken, 30]", "[81, fresh, null]", "[82, null, null]" );
	}

	@Test
	void onConflictOnAColumnFailsOnAnotherDuplicateKeyLeavingNothingBehind() {
		assertThatThrownBy( () -> execute( "insert into PetRecord (id, name) values (90, 'x'), (3, 'other') on conflict (name) do nothing" ) )
				.hasStackTraceContaining( ConstraintViolationException.class.getName() );
		assertThat( records() ).containsExactly( "[3, taken, 30]" );
	}

	@Test
	void onConflictDoUpdateWithoutColumnsIsRefusedByName() {
		assertThatThrownBy( () -> execute( "insert into PetRecord (id, name) values (3, 'x') on conflict do update set name = excluded.name" ) )
				.hasStackTraceContaining( "INSERT … ON CONFLICT DO UPDATE without conflict columns is not supported by Hibermongo" );
		assertThat( records() ).containsExactly( "[3, taken, 30]" );
	}

	@Test
	void insertSelectNumberedByAPooledSequenceIsRefusedByName() {
		assertThatThrownBy( () -> execute( "insert into PooledTag (label) select p.name from Pet p" ) )
				.hasStackTraceContaining( "An HQL INSERT into io.hibermongo.it.dml.PooledTag that Hibernate runs through a temporary table" );
	}

	@Test
	void insertSelectOfASetOperationIsRefusedByName() {
		assertThatThrownBy( () -> execute( "insert into PetRecord (id, name) select p.id, p.name from Pet p union select p.id + 10, p.name from Pet p" ) )
				.hasStackTraceContaining( "INSERT … SELECT of a set operation" );
	}
}
