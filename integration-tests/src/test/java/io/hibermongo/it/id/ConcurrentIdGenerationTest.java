package io.hibermongo.it.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.hibermongo.it.id.model.IdentityStep;
import io.hibermongo.it.id.model.SequenceStepFifty;
import io.hibermongo.it.id.model.SequenceStepOne;
import io.hibermongo.it.id.model.TableStepFifty;
import io.hibermongo.it.id.model.TableStepOne;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two SessionFactories on the same database (two application instances), four threads each, 2,000
 * persists per thread: every id handed out is unique and every entity is stored, for SEQUENCE and TABLE
 * with allocationSize 1 and 50, and for IDENTITY.
 */
class ConcurrentIdGenerationTest {

	private static final int THREADS_PER_FACTORY = 4;
	private static final int PERSISTS_PER_THREAD = 2_000;
	private static final int PERSISTS_PER_TRANSACTION = 100;
	private static final int TOTAL = 2 * THREADS_PER_FACTORY * PERSISTS_PER_THREAD;

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final List<EntityManagerFactory> factories = new ArrayList<>();

	@BeforeAll
	static void twoApplicationInstances() {
		for ( int i = 0; i < 2; i++ ) {
			factories.add( Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.STATEMENT_BATCH_SIZE, "50" ),
					SequenceStepOne.class, SequenceStepFifty.class, TableStepOne.class, TableStepFifty.class, IdentityStep.class ) );
		}
	}

	@AfterAll
	static void close() {
		factories.forEach( EntityManagerFactory::close );
	}

	@ParameterizedTest
	@ValueSource(classes = { SequenceStepOne.class, SequenceStepFifty.class, TableStepOne.class, TableStepFifty.class, IdentityStep.class })
	void everyIdIsUniqueAndNoEntityIsLost(Class<?> entity) throws Exception {
		List<Long> ids = persistConcurrently( entity );

		Set<Long> distinct = new HashSet<>( ids );
		assertThat( ids ).hasSize( TOTAL );
		assertThat( distinct ).hasSize( TOTAL );
		assertThat( mongoServer.database().getCollection( entity.getSimpleName() ).countDocuments() ).isEqualTo( TOTAL );
		Set<Long> stored = new HashSet<>();
		mongoServer.database().getCollection( entity.getSimpleName() ).find().forEach( (Document document) -> stored.add( document.getLong( "_id" ) ) );
		assertThat( stored ).isEqualTo( distinct );
		if ( entity == SequenceStepOne.class || entity == IdentityStep.class ) {
			long lowest = distinct.stream().mapToLong( Long::longValue ).min().orElseThrow();
			long highest = distinct.stream().mapToLong( Long::longValue ).max().orElseThrow();
			assertThat( highest - lowest + 1 ).as( "a counter handing out ids one by one leaves no gap" ).isEqualTo( TOTAL );
		}
	}

	private static List<Long> persistConcurrently(Class<?> entity) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool( 2 * THREADS_PER_FACTORY );
		try {
			List<Future<List<Long>>> results = new ArrayList<>();
			for ( int thread = 0; thread < 2 * THREADS_PER_FACTORY; thread++ ) {
				EntityManagerFactory factory = factories.get( thread % 2 );
				int tag = thread;
				results.add( pool.submit( (Callable<List<Long>>) () -> persistMany( factory, entity, tag ) ) );
			}
			List<Long> ids = new ArrayList<>();
			for ( Future<List<Long>> result : results ) {
				ids.addAll( result.get() );
			}
			return ids;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<Long> persistMany(EntityManagerFactory factory, Class<?> type, int thread) throws Exception {
		List<Long> ids = new ArrayList<>( PERSISTS_PER_THREAD );
		for ( int done = 0; done < PERSISTS_PER_THREAD; done += PERSISTS_PER_TRANSACTION ) {
			List<Object> batch = new ArrayList<>();
			EntityManager em = factory.createEntityManager();
			try {
				em.getTransaction().begin();
				for ( int i = 0; i < PERSISTS_PER_TRANSACTION; i++ ) {
					Object entity = type.getConstructor().newInstance();
					type.getMethod( "setThread", int.class ).invoke( entity, thread );
					em.persist( entity );
					batch.add( entity );
				}
				em.getTransaction().commit();
			}
			finally {
				em.close();
			}
			for ( Object entity : batch ) {
				ids.add( (Long) factory.getPersistenceUnitUtil().getIdentifier( entity ) );
			}
		}
		return ids;
	}
}
