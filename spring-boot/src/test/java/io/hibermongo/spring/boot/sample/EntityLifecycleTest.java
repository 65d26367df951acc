package io.hibermongo.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@DataJpaTest
class EntityLifecycleTest {

	@Autowired
	PersonRepository people;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	CommandCounter commands;

	@Test
	void saveAllIsOneInsertPerJdbcBatch() {
		List<Person> many = new ArrayList<>();
		for ( int i = 0; i < 120; i++ ) {
			many.add( new Person( "P" + i, "Batch", i, true, null, null ) );
		}
		int insertsBefore = commands.count( "insert" );
		people.saveAllAndFlush( many );
		// hibernate.jdbc.batch_size=50 (application.properties): 120 rows are three insertMany commands.
		assertThat( commands.count( "insert" ) - insertsBefore ).isEqualTo( 3 );
		assertThat( people.count() ).isEqualTo( 120 );
	}

	@Test
	void versionIsIncrementedOnUpdate() {
		Person saved = people.saveAndFlush( new Person( "Ada", "Lovelace", 36, true, null, null ) );
		assertThat( saved.getVersion() ).isZero();
		saved.setFirstName( "Augusta Ada" );
		people.saveAndFlush( saved );
		assertThat( saved.getVersion() ).isEqualTo( 1 );
	}

	@Test
	void staleVersionIsRefused() {
		Long id = people.saveAndFlush( new Person( "Ada", "Lovelace", 36, true, null, null ) ).getId();
		entityManager.clear();
		Person stale = people.findById( id ).orElseThrow();
		entityManager.clear();
		Person current = people.findById( id ).orElseThrow();
		current.setFirstName( "Augusta Ada" );
		people.saveAndFlush( current );
		entityManager.clear();
		stale.setFirstName( "Countess" );
		assertThatThrownBy( () -> people.saveAndFlush( stale ) ).isInstanceOf( ObjectOptimisticLockingFailureException.class );
	}

	@Test
	void auditingSetsCreatedAndLastModified() {
		Person saved = people.saveAndFlush( new Person( "Ada", "Lovelace", 36, true, null, null ) );
		assertThat( saved.getCreatedAt() ).isNotNull();
		assertThat( saved.getUpdatedAt() ).isNotNull();
		entityManager.clear();
		Person loaded = people.findById( saved.getId() ).orElseThrow();
		// BSON dates keep milliseconds
		assertThat( loaded.getCreatedAt() ).isEqualTo( saved.getCreatedAt().truncatedTo( ChronoUnit.MILLIS ) );
		loaded.setFirstName( "Augusta Ada" );
		Person updated = people.saveAndFlush( loaded );
		assertThat( updated.getUpdatedAt() ).isAfterOrEqualTo( saved.getUpdatedAt() );
		assertThat( updated.getCreatedAt() ).isEqualTo( loaded.getCreatedAt() );
	}

	@Test
	void deleteAllInBatchIsOneCommand() {
		People.saveAll( people );
		int deletesBefore = commands.count( "delete" );
		people.deleteAllInBatch();
		assertThat( commands.count( "delete" ) - deletesBefore ).isEqualTo( 1 );
		assertThat( people.count() ).isZero();
	}
}
