package io.hibermongo.spring.boot.runner;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.mongodb.client.MongoClient;
import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.spring.boot.HibermongoAutoConfiguration;
import io.hibermongo.spring.boot.HibermongoRepositoriesAutoConfiguration;
import io.hibermongo.spring.boot.internal.UrlMongoConnectionDetails;
import io.hibermongo.spring.boot.sample.InProcessServer;
import io.hibermongo.spring.boot.sample.PersonRepository;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the persistence unit's MongoDB connection comes from, and what it leaves alone. */
class ConnectionSettingsTest {

	/** What Boot's auto-configuration gives once our filter has left {@code DataSourceAutoConfiguration} out. */
	private final ApplicationContextRunner mongoOnly = new ApplicationContextRunner()
			.withConfiguration( AutoConfigurations.of( MongoAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					HibermongoAutoConfiguration.class, HibermongoRepositoriesAutoConfiguration.class,
					DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class ) )
			.withUserConfiguration( RunnerApplication.class );

	@Test
	void springBoot3sDataMongodbUriStillNamesTheServer() {
		mongoOnly.withPropertyValues( "spring.data.mongodb.uri=" + InProcessServer.url() + "/legacy" ).run( context -> {
			assertThat( context ).hasSingleBean( UrlMongoConnectionDetails.class );
			assertThat( context.getBean( EntityManagerFactory.class ).getProperties() )
					.containsEntry( MongoSettings.DATABASE, "legacy" )
					.containsEntry( MongoSettings.CLIENT, context.getBean( MongoClient.class ) );
			assertThat( context ).hasSingleBean( PersonRepository.class );
		} );
	}

	@Test
	void theJpaUrlAloneBecomesBootsConnection() {
		mongoOnly.withPropertyValues( "spring.jpa.properties.jakarta.persistence.jdbc.url=" + InProcessServer.url() + "/jpaurl" )
				.run( context -> {
					assertThat( context ).hasSingleBean( UrlMongoConnectionDetails.class );
					assertThat( context.getBean( EntityManagerFactory.class ).getProperties() )
							.containsEntry( MongoSettings.DATABASE, "jpaurl" )
							.containsEntry( MongoSettings.CLIENT, context.getBean( MongoClient.class ) );
				} );
	}

	@Test
	void aRelationalDataSourceStaysBesideTheUnitOnMongo() {
		new ApplicationContextRunner()
				.withConfiguration( AutoConfigurations.of( DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
						MongoAutoConfiguration.class, HibernateJpaAutoConfiguration.class, HibermongoAutoConfiguration.class,
						HibermongoRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class ) )
				.withUserConfiguration( RunnerApplication.class )
				.withPropertyValues( "spring.datasource.url=jdbc:h2:mem:beside", "spring.mongodb.uri=" + InProcessServer.url() + "/beside" )
				.run( context -> {
					assertThat( context ).hasSingleBean( DataSource.class );
					assertThat( context.getBean( JdbcTemplate.class ).queryForObject( "select 41 + 1", Integer.class ) ).isEqualTo( 42 );
					assertThat( context.getBean( EntityManagerFactory.class ).getProperties() )
							.containsEntry( "hibernate.dialect", MongoDialect.class.getName() );
				} );
	}

	@Test
	void aRelationalApplicationWithoutMongoSettingsIsLeftToBoot() {
		new ApplicationContextRunner()
				.withConfiguration( AutoConfigurations.of( DataSourceAutoConfiguration.class, MongoAutoConfiguration.class,
						HibermongoAutoConfiguration.class, HibermongoRepositoriesAutoConfiguration.class ) )
				.withUserConfiguration( RunnerApplication.class )
				.withPropertyValues( "spring.datasource.url=jdbc:h2:mem:relational" )
				.run( context -> {
					assertThat( context ).hasNotFailed().hasSingleBean( DataSource.class );
					assertThat( context ).doesNotHaveBean( HibermongoAutoConfiguration.class ).doesNotHaveBean( EntityManagerFactory.class );
				} );
	}
}
