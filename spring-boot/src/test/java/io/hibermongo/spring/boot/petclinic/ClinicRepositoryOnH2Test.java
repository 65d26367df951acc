package io.hibermongo.spring.boot.petclinic;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link ClinicRepositoryTest} unchanged on H2, the relational oracle: with {@code spring.datasource.url} set the
 * starter stands aside and Boot's own JPA auto-configuration runs on the slice's embedded H2.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:petclinic",
		"spring.autoconfigure.exclude=org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration" })
class ClinicRepositoryOnH2Test extends ClinicRepositoryTest {
}
