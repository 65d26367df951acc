package io.hibermongo.spring.boot.locking;

import java.util.Optional;

import io.hibermongo.spring.boot.sample.Person;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** A repository with a method MongoDB cannot honour. */
public interface LockedPersonRepository extends JpaRepository<Person, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Person> findWithLockById(Long id);
}
