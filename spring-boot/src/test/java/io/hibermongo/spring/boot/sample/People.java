package io.hibermongo.spring.boot.sample;

import java.util.List;

/** The people every repository test starts from. */
final class People {

	private People() {
	}

	static List<Person> saveAll(PersonRepository repository) {
		return repository.saveAllAndFlush( List.of(
				new Person( "Ada", "Lovelace", 36, true, "ada@example.org", new Address( "London", "W1" ) ),
				new Person( "Alan", "Turing", 41, true, null, new Address( "Manchester", "M1" ) ),
				new Person( "Grace", "Hopper", 85, false, "grace@example.org", new Address( "New York", "10001" ) ),
				new Person( "Linus", "Torvalds", 54, true, null, new Address( "Portland", "97201" ) ),
				new Person( "Barbara", "Liskov", 84, false, "barbara@example.org", new Address( "Boston", "02101" ) ),
				new Person( "Tim", "Lovelock", 30, true, "tim@example.org", new Address( "London", "W1" ) ) ) );
	}
}
