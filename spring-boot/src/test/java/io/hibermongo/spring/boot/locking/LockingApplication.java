package io.hibermongo.spring.boot.locking;

import io.hibermongo.spring.boot.sample.Person;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Repositories from this package, the entity from the sample's. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@EntityScan(basePackageClasses = Person.class)
public class LockingApplication {
}
