package io.hibermongo.spring.boot.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** A user's application as the starter's tests see it: entities and repositories in its package, nothing else. */
@SpringBootApplication
@EnableJpaAuditing
public class SampleApplication {
}
