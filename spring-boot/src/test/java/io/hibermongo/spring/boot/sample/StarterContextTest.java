package io.hibermongo.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import javax.sql.DataSource;

import com.mongodb.client.MongoClient;
import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.MongoSettings;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewInterceptor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application started with only {@code spring.mongodb.uri} (and the database name, the schema action and a
 * Hibermongo setting): Boot's own auto-configuration does the rest.
 */
@SpringBootTest(properties = { "spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.show-sql=true",
		"spring.jpa.properties.hibernate.mongodb.sequence_collection=counters", "spring.mongodb.database=starter" })
class StarterContextTest {

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add( "spring.mongodb.uri", InProcessServer::url );
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PersonRepository people;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MongoClient mongoClient;

	@AfterEach
	void clean() {
		people.deleteAllInBatch();
	}

	@Test
	void noDataSourceIsCreated() {
		assertThat( context.getBeanNamesForType( DataSource.class ) ).isEmpty();
	}

	@Test
	void theTransactionManagerIsJpas() {
		assertThat( transactionManager ).isInstanceOf( JpaTransactionManager.class );
	}

	@Test
	void thePersistenceUnitBorrowsBootsClientAndHasTheSpringJpaProperties() {
		Map<String, Object> properties = entityManagerFactory.getProperties();
		assertThat( properties.get( MongoSettings.CLIENT ) ).isSameAs( mongoClient );
		assertThat( properties.get( MongoSettings.DATABASE ) ).isEqualTo( "starter" );
		assertThat( properties.get( "hibernate.dialect" ) ).isEqualTo( MongoDialect.class.getName() );
		assertThat( properties.get( "hibernate.show_sql" ) ).isEqualTo( "true" );
		assertThat( properties.get( "hibernate.hbm2ddl.auto" ) ).isEqualTo( "create-drop" );
		assertThat( properties.get( MongoSettings.SEQUENCE_COLLECTION ) ).isEqualTo( "counters" );
	}

	@Test
	void repositoriesWriteToTheNamedDatabase() {
		people.save( new Person( "Ada", "Lovelace", 36, true, null, new Address( "London", "W1" ) ) );
		Document stored = mongoClient.getDatabase( "starter" ).getCollection( "person" ).find().first();
		assertThat( stored ).isNotNull();
		assertThat( stored.getString( "first_name" ) ).isEqualTo( "Ada" );
		assertThat( stored.get( "address", Document.class ).getString( "city" ) ).isEqualTo( "London" );
		assertThat( mongoClient.getDatabase( "starter" ).getCollection( "counters" ).countDocuments() ).isEqualTo( 1 );
	}

	@Test
	void aTransactionThatFailsBeforeFlushingWritesNothing() {
		TransactionTemplate transaction = new TransactionTemplate( transactionManager );
		assertThatThrownBy( () -> transaction.executeWithoutResult( status -> {
			people.save( new Person( "Never", "Stored", 1, true, null, null ) );
			throw new IllegalStateException( "refused" );
		} ) ).hasMessage( "refused" );
		assertThat( people.count() ).isZero();
	}

	@Test
	void readOnlyTransactionsRun() {
		people.save( new Person( "Ada", "Lovelace", 36, true, null, null ) );
		TransactionTemplate readOnly = new TransactionTemplate( transactionManager );
		readOnly.setReadOnly( true );
		Long active = readOnly.execute( status -> people.countByActiveTrue() );
		assertThat( active ).isEqualTo( 1L );
	}

	@Test
	void openEntityManagerInViewIsRegistered() {
		assertThat( context.getBeanNamesForType( OpenEntityManagerInViewInterceptor.class ) ).hasSize( 1 );
	}

	@Test
	void bootsMongoHealthIndicatorCoversTheClient() {
		assertThat( context.getBean( "mongoHealthContributor" ) ).isInstanceOf( MongoHealthIndicator.class );
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
			disabledReason = "Boot's indicator sends 'hello', which the in-process server does not answer")
	void bootsMongoHealthIndicatorReportsTheServerUp() {
		Health health = ( (HealthIndicator) context.getBean( "mongoHealthContributor" ) ).health();
		assertThat( health.getStatus() ).isEqualTo( Status.UP );
	}
}
