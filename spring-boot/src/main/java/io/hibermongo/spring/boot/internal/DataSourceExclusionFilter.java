package io.hibermongo.spring.boot.internal;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Boot from building a {@code DataSource} nobody asked for: when the JPA persistence unit is on
 * MongoDB and no {@code spring.datasource.url} is set, {@code DataSourceAutoConfiguration} (which would
 * fail with "Failed to determine a suitable driver class", or silently start an embedded H2) and the test
 * slice's {@code TestDatabaseAutoConfiguration} are left out. With a {@code spring.datasource.url} both stay,
 * so an application that also has a relational database keeps it.
 */
public final class DataSourceExclusionFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	private static final Set<String> EXCLUDED = Set.of( "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.test.autoconfigure.TestDatabaseAutoConfiguration" );

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean exclude = MongoJpaActivation.active( environment ) && !MongoJpaActivation.relationalConfigured( environment );
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for ( int i = 0; i < autoConfigurationClasses.length; i++ ) {
			String candidate = autoConfigurationClasses[i];
			matches[i] = !( exclude && candidate != null && EXCLUDED.contains( candidate ) );
		}
		return matches;
	}
}
