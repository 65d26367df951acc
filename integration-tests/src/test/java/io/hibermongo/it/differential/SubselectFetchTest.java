package io.hibermongo.it.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code @Fetch(SUBSELECT)}: after a query for owners, the first access to one owner's collection loads
 * that collection for every owner of the query, with Hibernate's {@code in (select …)} over the original
 * restriction. The rows equal H2's, and on MongoDB the dogs of all kennels are one read. On a collection
 * stored as an array in the owner document the mapping fails at startup, naming the attribute.
 */
class SubselectFetchTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final CommandCounter counter = new CommandCounter();
	private static final String QUERY = "from Kennel k where k.city = :city order by k.id";

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameKennelsIntoBothDatabases() {
		h2 = Persistence.h2( Kennel.class, KennelDog.class );
		mongo = Persistence.mongo( mongoServer.databaseName(), counter.properties( mongoServer.databaseName() ),
				Kennel.class, KennelDog.class );
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			Persistence.inTransaction( factory, em -> {
				String[] cities = { "Paris", "Lyon", "Paris", "Paris", null };
				long dog = 1;
				for ( int i = 0; i < cities.length; i++ ) {
					Kennel kennel = new Kennel( i + 1L, cities[i], i % 2 == 0 ? Set.of( "big", "old" ) : Set.of() );
					em.persist( kennel );
					for ( int d = 0; d < i; d++ ) {
						em.persist( new KennelDog( dog, "dog " + dog++, kennel ) );
					}
				}
			} );
		}
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@Test
	void theCollectionsOfAllQueriedOwnersLoadTogetherAsOnH2() {
		List<String> onH2 = kennelsOf( h2, "Paris" );
		counter.reset();
		List<String> onMongo = kennelsOf( mongo, "Paris" );
		assertThat( onMongo ).isEqualTo( onH2 ).hasSize( 3 );
		assertThat( onMongo.get( 1 ) ).isEqualTo( "3: [dog 2, dog 3] [big, old]" );
		// the query, one read for all the kennels' dogs, and one per kennel for its tags (no subselect there)
		assertThat( counter.reads() ).hasSize( 5 );
	}

	@Test
	void subselectFetchOfAnArrayInTheOwnerFailsAtStartupNamingTheAttribute() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), Pack.class ).close() )
				.hasStackTraceContaining( "Attribute 'names' of entity" )
				.hasStackTraceContaining( "@Fetch(SUBSELECT)" );
	}

	@Test
	void anOwnerWithoutRowsGetsEmptyCollectionsAsOnH2() {
		assertThat( kennelsOf( mongo, "Lyon" ) ).isEqualTo( kennelsOf( h2, "Lyon" ) ).containsExactly( "2: [dog 1] []" );
	}

	private static List<String> kennelsOf(EntityManagerFactory factory, String city) {
		List<String> kennels = new ArrayList<>();
		Persistence.inTransaction( factory, em -> {
			for ( Kennel kennel : em.createQuery( QUERY, Kennel.class ).setParameter( "city", city ).getResultList() ) {
				TreeSet<String> dogs = new TreeSet<>();
				kennel.dogs.forEach( dog -> dogs.add( dog.name ) );
				kennels.add( kennel.id + ": " + dogs + " " + new TreeSet<>( kennel.tags ) );
			}
		} );
		return kennels;
	}

	@Entity(name = "Kennel")
	static class Kennel {
		@Id
		Long id;
		String city;
		@OneToMany(mappedBy = "kennel")
		@Fetch(FetchMode.SUBSELECT)
		List<KennelDog> dogs = new ArrayList<>();
		@ElementCollection
		Set<String> tags;

		Kennel() {
		}

		Kennel(Long id, String city, Set<String> tags) {
			this.id = id;
			this.city = city;
			this.tags = new TreeSet<>( tags );
		}
	}

	@Entity(name = "Pack")
	static class Pack {
		@Id
		Long id;
		@ElementCollection
		@Fetch(FetchMode.SUBSELECT)
		Set<String> names;
	}

	@Entity(name = "KennelDog")
	static class KennelDog {
		@Id
		Long id;
		String name;
		@ManyToOne
		Kennel kennel;

		KennelDog() {
		}

		KennelDog(Long id, String name, Kennel kennel) {
			this.id = id;
			this.name = name;
			this.kennel = kennel;
		}
	}
}
