package io.hibermongo.it.differential;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.Vet;
import io.hibermongo.it.differential.clinic.Visit;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring PetClinic's use cases, run by the same code on MongoDB and on H2 (the oracle) over the clinic of
 * {@link ClinicRows}: finding owners by a last-name prefix a page at a time with the total count, showing an
 * owner with pets and visits, adding a visit, and listing the vets with their specialties. Each step's
 * result, rendered with every association it reaches, is the same on both databases.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetClinicScenarioTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	/** PetClinic's owner search: owners left joined to their pets, distinct, by last-name prefix. */
	private static final String FIND_OWNERS = "select distinct o from Owner o left join o.pets where o.lastName like :lastName "
			+ "order by o.lastName, o.id";
	private static final String COUNT_OWNERS = "select count(distinct o) from Owner o left join o.pets where o.lastName like :lastName";

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void openTheClinicOnBothDatabases() {
		h2 = Persistence.h2( JoinDifferentialTest.ENTITIES );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), JoinDifferentialTest.ENTITIES );
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> ClinicRows.all().forEach( em::persist ) );
			Persistence.inTransaction( factory, em -> {
				em.persist( new Owner( 5L, "Schroeder", "Madison" ) );
				em.persist( new Owner( 6L, "Smithson", "Monona" ) );
				em.persist( new Owner( 7L, "Black", "Windsor" ) );
			} );
		}
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@Test
	@Order( 1 )
	void findingOwnersByLastNamePrefixPageByPageWithTheirCount() {
		for ( String prefix : List.of( "S%", "B%", "%", "Nobody%" ) ) {
			for ( int page = 0; page < 3; page++ ) {
				int first = page * 2;
				assertSameOnBoth( prefix + " page " + page, em -> rendered( em.createQuery( FIND_OWNERS, Owner.class )
						.setParameter( "lastName", prefix ).setFirstResult( first ).setMaxResults( 2 ).getResultList() ) );
			}
			assertSameOnBoth( prefix + " count", em -> em.createQuery( COUNT_OWNERS, Long.class ).setParameter( "lastName", prefix ).getSingleResult() );
		}
		// the search has something to find: Smith, Schroeder and Smithson
		assertThat( inTransaction( mongo, em -> em.createQuery( COUNT_OWNERS, Long.class ).setParameter( "lastName", "S%" ).getSingleResult() ) )
				.isEqualTo( 3L );
	}

	@Test
	@Order( 2 )
	void showingAnOwnerLoadsItsPetsAndTheirVisits() {
		for ( long id = 1; id <= 7; id++ ) {
			long owner = id;
			assertSameOnBoth( "owner " + id, em -> {
				Owner found = em.find( Owner.class, owner );
				// PetClinic's page walks the pets and their visits (lazy, inside the transaction)
				found.pets().forEach( pet -> pet.visits().size() );
				return ClinicRows.render( found );
			} );
		}
	}

	@Test
	@Order( 3 )
	void addingAVisitShowsOnTheOwnersPage() {
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> em.persist( new Visit( 10L, LocalDate.of( 2024, 5, 1 ), "rabies shot", em.find( Pet.class, 2L ) ) ) );
			Persistence.inTransaction( factory, em -> em.persist( new Visit( 11L, LocalDate.of( 2024, 5, 2 ), null, em.find( Pet.class, 6L ) ) ) );
		}
		assertSameOnBoth( "owner 1 after the visit", em -> ClinicRows.render( em.find( Owner.class, 1L ) ) );
		assertSameOnBoth( "owner 2 after the visit", em -> ClinicRows.render( em.find( Owner.class, 2L ) ) );
		assertSameOnBoth( "visits of Max", em -> em.createQuery( "select v.date, v.description from Visit v where v.pet.name = :name order by v.date",
				Object[].class ).setParameter( "name", "Max" ).getResultList().stream().map( ClinicRows::render ).toList() );
	}

	@Test
	@Order( 4 )
	void listingTheVetsWithTheirSpecialties() {
		assertSameOnBoth( "vets", em -> rendered( em.createQuery( "select v from Vet v order by v.name, v.id", Vet.class ).getResultList() ) );
		assertSameOnBoth( "vets page 2", em -> rendered( em.createQuery( "select v from Vet v order by v.name, v.id", Vet.class )
				.setFirstResult( 2 ).setMaxResults( 2 ).getResultList() ) );
		assertSameOnBoth( "vets by specialty", em -> em.createQuery(
				"select s.name, v.name from Specialty s join s.vets v order by s.name, v.name", Object[].class ).getResultList().stream()
				.map( ClinicRows::render ).toList() );
	}

	/** Runs {@code step} in a transaction on each database and expects the same rendered result. */
	private static void assertSameOnBoth(String description, Function<EntityManager, Object> step) {
		Object expected = inTransaction( h2, step );
		assertThat( inTransaction( mongo, step ) ).as( description + " on MongoDB, compared with H2's" ).isEqualTo( expected );
	}

	private static Object inTransaction(EntityManagerFactory factory, Function<EntityManager, Object> step) {
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			Object result = step.apply( em );
			em.getTransaction().commit();
			return result;
		}
		finally {
			em.close();
		}
	}

	private static List<String> rendered(List<?> entities) {
		return entities.stream().map( ClinicRows::render ).toList();
	}
}
