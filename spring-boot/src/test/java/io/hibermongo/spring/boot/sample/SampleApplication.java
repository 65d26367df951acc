package io.hibermongo.spring.boot.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** A user's application as the starter's tests see it: entities and repositories in its package. */
@SpringBootApplication
@EnableJpaAuditing
public class SampleApplication {

	/** Counts the commands of Boot's MongoClient, which the persistence unit borrows. */
	@Bean
	CommandCounter commandCounter() {
		return new CommandCounter();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countCommands(CommandCounter counter) {
		return settings -> settings.addCommandListener( counter );
	}
}
