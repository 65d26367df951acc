package io.hibermongo.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;

/** The slice on the in-process server: no DataSource, and each test's writes are undone as a rollback would. */
@DataJpaTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackEmulationTest {

	@Autowired
	PersonRepository people;

	@Autowired
	ApplicationContext context;

	@Test
	@Order(1)
	void aTestWritesAndFlushes() {
		people.saveAndFlush( new Person( "Written", "ByTestOne", 1, true, null, null ) );
		assertThat( people.count() ).isEqualTo( 1 );
	}

	@Test
	@Order(2)
	void theNextTestDoesNotSeeIt() {
		assertThat( people.count() ).isZero();
	}

	@Test
	void theSliceHasNoDataSource() {
		assertThat( context.getBeanNamesForType( DataSource.class ) ).isEmpty();
	}
}
