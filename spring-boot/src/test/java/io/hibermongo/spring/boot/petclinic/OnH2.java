package io.hibermongo.spring.boot.petclinic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a PetClinic test class on H2, the relational oracle: with {@code spring.datasource.url} set the starter stands
 * aside and Boot's own JPA auto-configuration runs on the slice's embedded H2. All H2 classes share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:petclinic",
		"spring.autoconfigure.exclude=org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration" })
public @interface OnH2 {
}
