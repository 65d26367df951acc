package io.hibermongo.spring.boot.petclinic;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring PetClinic's domain and repositories as a user's application: owners with their pets and visits, pet types,
 * vets with their specialties. Its repository tests run unchanged on MongoDB and on H2.
 */
@SpringBootApplication
public class PetClinicApplication {
}
