package io.hibermongo.it.registry;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.it.registry.model.Shelf;
import io.hibermongo.it.registry.model.Volume;
import io.hibermongo.it.support.Commands;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The client side of {@link RegistryHeapTest}, run in a JVM of its own with a small heap: runs
 * {@code args[1]} Criteria queries whose statement texts all differ (an {@code in} list of 1 to
 * {@value #LONGEST_LIST} values, inlined as literals by {@code hibernate.criteria.value_handling_mode=inline}),
 * checks each result, and prints how many commands
 * stay registered once the garbage collector has run. Exits with 0 when every result was right and at
 * most {@value #BOUND} commands stay.
 */
public final class RegistryHeapClient {

	static final int LONGEST_LIST = 12;
	static final int BOUND = 100;
	private static final int VOLUMES = 50;

	private RegistryHeapClient() {
	}

	public static void main(String[] args) {
		String url = args[0];
		int queries = Integer.parseInt( args[1] );
		EntityManagerFactory factory = new HibernatePersistenceConfiguration( "registry-heap" )
				.managedClasses( Shelf.class, Volume.class )
				.property( AvailableSettings.DIALECT, Persistence.MONGO_DIALECT )
				.property( AvailableSettings.CRITERIA_VALUE_HANDLING_MODE, "inline" )
				.jdbcUrl( url )
				.createEntityManagerFactory();
		Persistence.inTransaction( factory, em -> {
			for ( long id = 1; id <= VOLUMES; id++ ) {
				em.persist( new Volume( id, "isbn-" + id, "Volume " + id, (int) id, null ) );
			}
		} );
		long wrong = 0;
		long started = System.nanoTime();
		try ( EntityManager em = factory.createEntityManager() ) {
			for ( int i = 0; i < queries; i++ ) {
				List<Long> ids = ids( i );
				if ( pagesOf( em, ids ) != expectedPages( ids ) ) {
					wrong++;
				}
				em.clear();
			}
		}
		long elapsedMillis = ( System.nanoTime() - started ) / 1_000_000;
		Commands.collectGarbageUntil( () -> Commands.of( factory ).size() <= BOUND );
		int registered = Commands.of( factory ).size();
		factory.close();
		System.out.println( "queries=" + queries + " wrong=" + wrong + " registered=" + registered
				+ " millis=" + elapsedMillis + " maxHeap=" + Runtime.getRuntime().maxMemory() );
		System.exit( wrong == 0 && registered <= BOUND ? 0 : 1 );
	}

	/**
	 * The ids of query {@code i}: 1 to {@value #LONGEST_LIST} values, of which all but one are ids of stored
	 * volumes; the other, {@code -i - 1}, matches nothing and makes the list differ from every other query's.
	 */
	private static List<Long> ids(int i) {
		int length = 1 + i % LONGEST_LIST;
		List<Long> ids = new ArrayList<>( length );
		ids.add( -(long) i - 1 );
		for ( int k = 1; k < length; k++ ) {
			ids.add( (long) ( i + k ) % VOLUMES + 1 );
		}
		return ids;
	}

	private static long pagesOf(EntityManager em, List<Long> ids) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Volume> query = cb.createQuery( Volume.class );
		Root<Volume> volume = query.from( Volume.class );
		query.select( volume ).where( volume.get( "id" ).in( ids ) );
		return em.createQuery( query ).getResultList().stream().mapToLong( Volume::getPages ).sum();
	}

	/** Volume n has n pages and exists for n from 1 to {@value #VOLUMES}. */
	private static long expectedPages(List<Long> ids) {
		return ids.stream().filter( id -> id >= 1 && id <= VOLUMES ).mapToLong( Long::longValue ).sum();
	}
}
