package io.hibermongo.spring.boot.petclinic;

import jakarta.persistence.EntityManager;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What PetClinic's repository tests add to the slice: the sample data (PetClinic loads it from {@code data.sql}) and
 * a log of the commands sent to MongoDB. All PetClinic test classes import exactly this, so they share one context
 * per database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ClinicTestConfiguration {

	@Bean
	ClinicData clinicData(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		return new ClinicData( entityManager, transactionManager );
	}

	@Bean
	CommandLog commandLog() {
		return new CommandLog();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer logCommands(CommandLog log) {
		return settings -> settings.addCommandListener( log );
	}
}
