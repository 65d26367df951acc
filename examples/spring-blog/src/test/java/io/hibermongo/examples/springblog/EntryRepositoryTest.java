package io.hibermongo.examples.springblog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A user's repository test, unchanged: {@code @DataJpaTest} runs it on an in-process MongoDB server. */
@DataJpaTest
class EntryRepositoryTest {

	@Autowired
	EntryRepository entries;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void anEntryKeepsItsEmbeddedBlogTagsAndComments() {
		Entry entry = new Entry();
		entry.setHeadline( "Gouda is overrated" );
		entry.setBlog( new Blog( "Cheese Blog", "All about cheese" ) );
		entry.setPubDate( LocalDate.of( 2024, 2, 1 ) );
		entry.getTags().add( "cheese" );
		entry.getTags().add( "opinion" );
		entry.getComments().add( new Comment( "Jane", "Strongly disagree." ) );
		Long id = entries.saveAndFlush( entry ).getId();
		entityManager.clear();
		Entry loaded = entries.findById( id ).orElseThrow();
		assertThat( loaded.getBlog().getName() ).isEqualTo( "Cheese Blog" );
		assertThat( loaded.getTags() ).containsExactly( "cheese", "opinion" );
		assertThat( loaded.getComments() ).extracting( Comment::getText ).containsExactly( "Strongly disagree." );
	}

	@Test
	void searchByHeadlineIsPaged() {
		for ( int i = 0; i < 12; i++ ) {
			Entry entry = new Entry();
			entry.setHeadline( "Cheese " + i );
			entries.save( entry );
		}
		entries.flush();
		Page<Entry> page = entries.findByHeadlineContaining( "Cheese", PageRequest.of( 1, 5, Sort.by( "id" ) ) );
		assertThat( page.getContent() ).hasSize( 5 );
		assertThat( page.getTotalElements() ).isEqualTo( 12 );
	}
}
