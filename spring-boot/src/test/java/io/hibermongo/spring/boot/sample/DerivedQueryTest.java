package io.hibermongo.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class DerivedQueryTest {

	@Autowired
	PersonRepository people;

	@BeforeEach
	void save() {
		People.saveAll( people );
	}

	@Test
	void startingWithOrderedByFirstName() {
		assertThat( people.findByLastNameStartingWithOrderByFirstName( "Lov" ) ).extracting( Person::getFirstName )
				.containsExactly( "Ada", "Tim" );
	}

	@Test
	void countByTrue() {
		assertThat( people.countByActiveTrue() ).isEqualTo( 4 );
	}

	@Test
	void existsBy() {
		assertThat( people.existsByEmail( "grace@example.org" ) ).isTrue();
		assertThat( people.existsByEmail( "nobody@example.org" ) ).isFalse();
	}

	@Test
	void deleteByReturnsTheCountAndRemoves() {
		assertThat( people.deleteByLastName( "Turing" ) ).isEqualTo( 1 );
		assertThat( people.count() ).isEqualTo( 5 );
	}

	@Test
	void in() {
		assertThat( people.findByAgeIn( List.of( 36, 85, 99 ) ) ).extracting( Person::getLastName )
				.containsExactlyInAnyOrder( "Lovelace", "Hopper" );
	}

	@Test
	void between() {
		assertThat( people.findByAgeBetweenOrderByAge( 36, 54 ) ).extracting( Person::getAge ).containsExactly( 36, 41, 54 );
	}

	@Test
	void ignoreCase() {
		assertThat( people.findByFirstNameIgnoreCase( "gRACE" ) ).extracting( Person::getLastName ).containsExactly( "Hopper" );
	}

	@Test
	void containing() {
		assertThat( people.findByLastNameContainingOrderByFirstName( "ovel" ) ).extracting( Person::getFirstName )
				.containsExactly( "Ada", "Tim" );
	}

	@Test
	void isNull() {
		assertThat( people.findByEmailIsNull() ).extracting( Person::getFirstName ).containsExactlyInAnyOrder( "Alan", "Linus" );
	}

	@Test
	void isTrue() {
		assertThat( people.findByActiveTrueOrderByFirstName() ).extracting( Person::getFirstName )
				.containsExactly( "Ada", "Alan", "Linus", "Tim" );
	}

	@Test
	void nestedPathIntoAnEmbeddable() {
		assertThat( people.findByAddressCityOrderByFirstName( "London" ) ).extracting( Person::getFirstName )
				.containsExactly( "Ada", "Tim" );
	}
}
