package io.hibermongo.spring.boot.petclinic;

/** {@link ClinicRepositoryTest} unchanged on H2. */
@OnH2
class ClinicRepositoryOnH2Test extends ClinicRepositoryTest {
}
