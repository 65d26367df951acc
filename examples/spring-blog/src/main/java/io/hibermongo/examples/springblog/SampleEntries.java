package io.hibermongo.examples.springblog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Djongo's two sample entries, written when the database has none. */
@Component
class SampleEntries implements ApplicationRunner {

	private final EntryRepository entries;

	SampleEntries(EntryRepository entries) {
		this.entries = entries;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if ( entries.count() > 0 ) {
			return;
		}
		entries.save( entry( "Beatles Blog", "Beatles tribute blog", "The Beatles reunite", LocalDate.of( 2024, 1, 5 ), 5,
				new String[] { "music", "beatles" }, new Comment( "Paul", "Not quite." ) ) );
		entries.save( entry( "Cheese Blog", "All about cheese", "Gouda is overrated", LocalDate.of( 2024, 2, 1 ), 3,
				new String[] { "cheese" }, new Comment( "Jane", "Strongly disagree." ) ) );
	}

	private static Entry entry(String blog, String tagline, String headline, LocalDate date, int rating, String[] tags, Comment comment) {
		Entry entry = new Entry();
		entry.setBlog( new Blog( blog, tagline ) );
		entry.setHeadline( headline );
		entry.setBodyText( headline + "." );
		entry.setPubDate( date );
		entry.setRating( rating );
		entry.getAuthors().add( "Jane" );
		entry.getTags().addAll( List.of( tags ) );
		entry.getComments().add( comment );
		return entry;
	}
}
