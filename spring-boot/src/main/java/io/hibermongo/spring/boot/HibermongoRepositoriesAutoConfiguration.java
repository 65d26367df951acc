package io.hibermongo.spring.boot;

import io.hibermongo.spring.boot.internal.JpaRepositoriesRegistrar;
import io.hibermongo.spring.boot.internal.OnMongoJpaCondition;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.jpa.repository.config.JpaRepositoryConfigExtension;

import jakarta.persistence.EntityManagerFactory;

/**
 * Spring Data JPA repositories for the persistence unit on MongoDB, found in the application's packages as
 * Boot finds them. Boot's own {@code DataJpaRepositoriesAutoConfiguration} requires a {@code DataSource};
 * this one requires the {@code EntityManagerFactory} instead, and both back off when the application declares
 * {@code @EnableJpaRepositories} itself. {@code spring.data.jpa.repositories.enabled} and
 * {@code .bootstrap-mode} apply.
 */
@AutoConfiguration(after = HibermongoAutoConfiguration.class, before = DataJpaRepositoriesAutoConfiguration.class)
@ConditionalOnClass(JpaRepository.class)
@ConditionalOnBean(EntityManagerFactory.class)
@ConditionalOnMissingBean({ JpaRepositoryFactoryBean.class, JpaRepositoryConfigExtension.class })
@ConditionalOnBooleanProperty(name = "spring.data.jpa.repositories.enabled", matchIfMissing = true)
@Conditional(OnMongoJpaCondition.class)
@Import(JpaRepositoriesRegistrar.class)
public final class HibermongoRepositoriesAutoConfiguration {
}
