package io.hibermongo.spring.boot.runner;

import io.hibermongo.spring.boot.sample.Person;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** The sample's entities and repositories, for contexts built by an {@code ApplicationContextRunner}. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackageClasses = Person.class)
public class RunnerApplication {
}
