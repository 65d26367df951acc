package io.hibermongo.spring.boot.petclinic;

/** {@link RepositoryPathTest} unchanged on H2. */
@OnH2
class RepositoryPathOnH2Test extends RepositoryPathTest {
}
