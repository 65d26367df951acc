package io.hibermongo.spring.boot.internal;

import java.lang.annotation.Annotation;
import java.util.Locale;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.core.env.Environment;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.config.JpaRepositoryConfigExtension;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers the application's JPA repositories as {@code @EnableJpaRepositories} on its main class would. */
public final class JpaRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	private BootstrapMode bootstrapMode = BootstrapMode.DEFAULT;

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableJpaRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableJpaRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new JpaRepositoryConfigExtension();
	}

	@Override
	protected BootstrapMode getBootstrapMode() {
		return bootstrapMode;
	}

	@Override
	public void setEnvironment(Environment environment) {
		super.setEnvironment( environment );
		String mode = environment.getProperty( "spring.data.jpa.repositories.bootstrap-mode" );
		if ( mode != null && !mode.isBlank() ) {
			bootstrapMode = BootstrapMode.valueOf( mode.trim().toUpperCase( Locale.ENGLISH ) );
		}
	}

	@EnableJpaRepositories
	private static final class EnableJpaRepositoriesConfiguration {
	}
}
