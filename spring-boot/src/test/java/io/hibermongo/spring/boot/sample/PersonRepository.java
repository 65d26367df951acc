package io.hibermongo.spring.boot.sample;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** Every kind of repository method the starter's tests run, written as a user would. */
public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

	List<Person> findByLastNameStartingWithOrderByFirstName(String prefix);

	long countByActiveTrue();

	boolean existsByEmail(String email);

	@Transactional
	long deleteByLastName(String lastName);

	List<Person> findByAgeIn(Collection<Integer> ages);

	List<Person> findByAgeBetweenOrderByAge(int from, int to);

	List<Person> findByFirstNameIgnoreCase(String firstName);

	List<Person> findByLastNameContainingOrderByFirstName(String part);

	List<Person> findByEmailIsNull();

	List<Person> findByActiveTrueOrderByFirstName();

	List<Person> findByAddressCityOrderByFirstName(String city);

	@Query("select p from Person p where p.lastName = :lastName and p.age >= :age order by p.firstName")
	List<Person> olderNamed(@Param("lastName") String lastName, @Param("age") int age);

	@Query("select p from Person p where p.firstName = ?1 or p.firstName = ?2 order by p.firstName")
	List<Person> eitherFirstName(String one, String other);

	Page<Person> findByActive(boolean active, Pageable pageable);

	Slice<Person> findByAgeGreaterThan(int age, Pageable pageable);

	List<Person> findByActive(boolean active, Sort sort);

	List<NameOnly> findByAddressZip(String zip);

	List<NameAndAge> findByAgeGreaterThanEqualOrderByAge(int age);

	@Query("select new io.hibermongo.spring.boot.sample.NameAndAge(p.firstName, p.age) from Person p where p.lastName = :lastName order by p.age")
	List<NameAndAge> namesAndAges(@Param("lastName") String lastName);

	@Modifying
	@Transactional
	@Query("update Person p set p.active = false where p.age > :age")
	int deactivateOlderThan(@Param("age") int age);

	Window<Person> findFirst2ByActiveOrderByLastNameAscIdAsc(boolean active, ScrollPosition position);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Person> findWithLockById(Long id);

	/** An interface projection. */
	interface NameOnly {
		String getFirstName();

		String getLastName();
	}
}
