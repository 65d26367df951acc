package io.hibermongo.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.hibermongo.dialect.FeatureNotSupportedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.ExampleMatcher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;

@DataJpaTest
class QueryMethodTest {

	@Autowired
	PersonRepository people;

	@Autowired
	TestEntityManager entityManager;

	@BeforeEach
	void save() {
		People.saveAll( people );
	}

	@Test
	void queryWithNamedParameters() {
		assertThat( people.olderNamed( "Lovelace", 30 ) ).extracting( Person::getFirstName ).containsExactly( "Ada" );
	}

	@Test
	void queryWithPositionalParameters() {
		assertThat( people.eitherFirstName( "Tim", "Grace" ) ).extracting( Person::getLastName ).containsExactly( "Hopper", "Lovelock" );
	}

	@Test
	void pageWithItsCountQuery() {
		Page<Person> page = people.findByActive( true, PageRequest.of( 1, 3, Sort.by( "firstName" ) ) );
		assertThat( page.getContent() ).extracting( Person::getFirstName ).containsExactly( "Tim" );
		assertThat( page.getTotalElements() ).isEqualTo( 4 );
		assertThat( page.getTotalPages() ).isEqualTo( 2 );
	}

	@Test
	void findAllPagedAndSortedDescending() {
		Page<Person> page = people.findAll( PageRequest.of( 0, 2, Sort.by( Sort.Direction.DESC, "age" ) ) );
		assertThat( page.getContent() ).extracting( Person::getAge ).containsExactly( 85, 84 );
		assertThat( page.getTotalElements() ).isEqualTo( 6 );
	}

	@Test
	void sliceKnowsWhetherThereIsMore() {
		Slice<Person> first = people.findByAgeGreaterThan( 40, PageRequest.of( 0, 3, Sort.by( "age" ) ) );
		assertThat( first.getContent() ).extracting( Person::getAge ).containsExactly( 41, 54, 84 );
		assertThat( first.hasNext() ).isTrue();
		Slice<Person> second = people.findByAgeGreaterThan( 40, first.nextPageable() );
		assertThat( second.getContent() ).extracting( Person::getAge ).containsExactly( 85 );
		assertThat( second.hasNext() ).isFalse();
	}

	@Test
	void sortByAnEmbeddedPathThenByName() {
		List<Person> sorted = people.findByActive( true, Sort.by( "address.city" ).and( Sort.by( Sort.Direction.DESC, "firstName" ) ) );
		assertThat( sorted ).extracting( Person::getFirstName ).containsExactly( "Tim", "Ada", "Alan", "Linus" );
	}

	@Test
	void interfaceProjection() {
		assertThat( people.findByAddressZip( "W1" ) ).extracting( PersonRepository.NameOnly::getLastName )
				.containsExactlyInAnyOrder( "Lovelace", "Lovelock" );
	}

	@Test
	void dtoProjectionOfADerivedQuery() {
		assertThat( people.findByAgeGreaterThanEqualOrderByAge( 84 ) )
				.containsExactly( new NameAndAge( "Barbara", 84 ), new NameAndAge( "Grace", 85 ) );
	}

	@Test
	void dtoProjectionWithAConstructorExpression() {
		assertThat( people.namesAndAges( "Hopper" ) ).containsExactly( new NameAndAge( "Grace", 85 ) );
	}

	@Test
	void modifyingQueryReturnsTheMatchedCount() {
		assertThat( people.deactivateOlderThan( 40 ) ).isEqualTo( 4 );
		entityManager.clear();
		assertThat( people.countByActiveTrue() ).isEqualTo( 2 );
	}

	@Test
	void specifications() {
		Specification<Person> londoners = (root, query, builder) -> builder.equal( root.get( "address" ).get( "city" ), "London" );
		Specification<Person> over35 = (root, query, builder) -> builder.gt( root.get( "age" ), 35 );
		assertThat( people.findAll( londoners.and( over35 ) ) ).extracting( Person::getFirstName ).containsExactly( "Ada" );
		assertThat( people.count( londoners.or( over35 ) ) ).isEqualTo( 6 );
	}

	@Test
	void specificationsPaged() {
		Specification<Person> active = (root, query, builder) -> builder.isTrue( root.get( "active" ) );
		Page<Person> page = people.findAll( active, PageRequest.of( 0, 2, Sort.by( "lastName" ) ) );
		assertThat( page.getContent() ).extracting( Person::getLastName ).containsExactly( "Lovelace", "Lovelock" );
		assertThat( page.getTotalElements() ).isEqualTo( 4 );
	}

	@Test
	void queryByExample() {
		Person probe = new Person( null, "Lov", 0, true, null, null );
		ExampleMatcher matcher = ExampleMatcher.matching().withIgnorePaths( "age" )
				.withMatcher( "lastName", match -> match.startsWith() );
		assertThat( people.findAll( Example.of( probe, matcher ), Sort.by( "firstName" ) ) ).extracting( Person::getFirstName )
				.containsExactly( "Ada", "Tim" );
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
			disabledReason = "an ignore-case LIKE is $regexMatch on lower(x), which the in-process server lacks")
	void queryByExampleIgnoringCase() {
		Person probe = new Person( null, "lov", 0, true, null, null );
		ExampleMatcher matcher = ExampleMatcher.matching().withIgnorePaths( "age" )
				.withMatcher( "lastName", match -> match.startsWith().ignoreCase() );
		assertThat( people.findAll( Example.of( probe, matcher ), Sort.by( "firstName" ) ) ).extracting( Person::getFirstName )
				.containsExactly( "Ada", "Tim" );
	}

	@Test
	void queryByExampleOnAnEmbeddable() {
		Person probe = new Person( null, null, 0, false, null, new Address( "London", null ) );
		ExampleMatcher matcher = ExampleMatcher.matching().withIgnorePaths( "age", "active" );
		assertThat( people.count( Example.of( probe, matcher ) ) ).isEqualTo( 2 );
	}

	@Test
	void keysetScrolling() {
		Window<Person> first = people.findFirst2ByActiveOrderByLastNameAscIdAsc( true, ScrollPosition.keyset() );
		assertThat( first.getContent() ).extracting( Person::getLastName ).containsExactly( "Lovelace", "Lovelock" );
		assertThat( first.hasNext() ).isTrue();
		Window<Person> second = people.findFirst2ByActiveOrderByLastNameAscIdAsc( true, first.positionAt( 1 ) );
		assertThat( second.getContent() ).extracting( Person::getLastName ).containsExactly( "Torvalds", "Turing" );
		Window<Person> third = people.findFirst2ByActiveOrderByLastNameAscIdAsc( true, second.positionAt( 1 ) );
		assertThat( third.getContent() ).isEmpty();
		assertThat( third.hasNext() ).isFalse();
	}

	@Test
	void offsetScrolling() {
		Window<Person> second = people.findFirst2ByActiveOrderByLastNameAscIdAsc( true, ScrollPosition.offset( 1 ) );
		assertThat( second.getContent() ).extracting( Person::getLastName ).containsExactly( "Torvalds", "Turing" );
	}

	@Test
	@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = "a replica set holds the lock")
	void aPessimisticLockWithoutAMongoTransactionIsRefusedNamingWhy() {
		Long id = people.findByFirstNameIgnoreCase( "ada" ).get( 0 ).getId();
		assertThatThrownBy( () -> people.findWithLockById( id ) ).rootCause().isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Pessimistic locking (PESSIMISTIC_WRITE) outside a MongoDB transaction is not supported" );
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = "the in-process server has no transactions to lock in")
	void aPessimisticLockInAMongoTransactionReadsTheEntity() {
		Long id = people.findByFirstNameIgnoreCase( "ada" ).get( 0 ).getId();
		assertThat( people.findWithLockById( id ) ).get().extracting( Person::getLastName ).isEqualTo( "Lovelace" );
	}
}
