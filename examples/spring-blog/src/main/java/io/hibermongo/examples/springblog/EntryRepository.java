package io.hibermongo.examples.springblog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The admin's repository: a plain Spring Data JPA interface. */
public interface EntryRepository extends JpaRepository<Entry, Long> {

	Page<Entry> findByHeadlineContaining(String text, Pageable pageable);
}
