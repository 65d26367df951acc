package io.hibermongo.spring.boot.internal;

import java.lang.reflect.Method;

import io.hibermongo.dialect.FeatureNotSupportedException;
import jakarta.persistence.LockModeType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;

/**
 * Refuses, while the application starts, the repository methods whose construct MongoDB cannot honour and
 * that Hibernate would otherwise refuse only when the method first runs: {@code @Lock} with a pessimistic
 * mode (MongoDB has no {@code SELECT … FOR UPDATE}). The message names the repository, the method and the
 * construct.
 */
public final class RepositoryMethodCheck implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if ( bean instanceof RepositoryFactoryBeanSupport<?, ?, ?> repositoryFactory ) {
			Class<?> repository = repositoryFactory.getObjectType();
			if ( repository != null ) {
				for ( Method method : repository.getMethods() ) {
					check( repository, method );
				}
			}
		}
		return bean;
	}

	static void check(Class<?> repository, Method method) {
		Lock lock = AnnotatedElementUtils.findMergedAnnotation( method, Lock.class );
		if ( lock != null && isPessimistic( lock.value() ) ) {
			throw new FeatureNotSupportedException( "@Lock(" + lock.value() + ") on " + repository.getSimpleName() + "."
					+ method.getName() + " is not supported: MongoDB has no SELECT … FOR UPDATE; use @Version (optimistic "
					+ "locking, also @Lock(OPTIMISTIC) and @Lock(OPTIMISTIC_FORCE_INCREMENT))" );
		}
	}

	private static boolean isPessimistic(LockModeType mode) {
		return mode == LockModeType.PESSIMISTIC_READ || mode == LockModeType.PESSIMISTIC_WRITE
				|| mode == LockModeType.PESSIMISTIC_FORCE_INCREMENT;
	}
}
