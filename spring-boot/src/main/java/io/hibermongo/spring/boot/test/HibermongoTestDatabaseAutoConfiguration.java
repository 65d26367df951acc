package io.hibermongo.spring.boot.test;

import com.mongodb.ConnectionString;
import io.hibermongo.spring.boot.HibermongoAutoConfiguration;
import io.hibermongo.spring.boot.internal.OnMongoJpaCondition;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.util.ClassUtils;

/**
 * The MongoDB side of {@code @AutoConfigureTestDatabase} (and so of {@code @DataJpaTest}): where Boot would
 * replace the {@code DataSource} with an embedded database, the persistence unit on MongoDB runs on an
 * in-process mongo-java-server (add {@code de.bwaldvogel:mongo-java-server} with test scope), or on the
 * server named by the environment variable {@code MONGODB_URI} when it is set. It backs off for
 * {@code @AutoConfigureTestDatabase(replace = NONE)} and when a {@link MongoConnectionDetails} bean already
 * exists (a Testcontainers {@code @ServiceConnection}, Docker Compose), as Boot keeps a test database.
 */
@AutoConfiguration(before = { HibermongoAutoConfiguration.class, MongoAutoConfiguration.class })
@Conditional({ OnMongoJpaCondition.class, HibermongoTestDatabaseAutoConfiguration.OnReplace.class })
@ConditionalOnMissingBean(MongoConnectionDetails.class)
public final class HibermongoTestDatabaseAutoConfiguration {

	/** The environment variable naming a MongoDB server to test on instead of the in-process one. */
	public static final String MONGODB_URI = "MONGODB_URI";

	@Bean
	TestMongoConnectionDetails hibermongoTestConnectionDetails() {
		String uri = System.getenv( MONGODB_URI );
		if ( uri != null && !uri.isBlank() ) {
			return new TestMongoConnectionDetails( new ConnectionString( uri ), null );
		}
		if ( !ClassUtils.isPresent( InProcessMongoServer.CLASS_NAME, getClass().getClassLoader() ) ) {
			throw new IllegalStateException( "The test replaces the MongoDB connection with an in-process server, but "
					+ "mongo-java-server is not on the class path: add de.bwaldvogel:mongo-java-server with test scope, set "
					+ MONGODB_URI + ", or use @AutoConfigureTestDatabase(replace = Replace.NONE) to test on the configured server" );
		}
		return InProcessMongoServer.start();
	}

	static final class OnReplace extends NoneNestedConditions {

		OnReplace() {
			super( ConfigurationPhase.REGISTER_BEAN );
		}

		@ConditionalOnProperty(name = "spring.test.database.replace", havingValue = "NONE")
		static final class ReplaceNone {
		}
	}
}
