package io.hibermongo.it.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.hibermongo.it.entity.model.Address;
import io.hibermongo.it.entity.model.Customer;
import io.hibermongo.it.entity.model.Geo;
import io.hibermongo.it.entity.model.Measurement;
import io.hibermongo.it.support.CommandLog;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import org.bson.Document;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Entity operations through JPA and the StatelessSession on MongoDB, and the shape of the documents
 * they store, inspected with the driver: they must look as if a MongoDB user had written them.
 */
class EntityOperationsTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final int MEASUREMENTS = 500;

	private static final int BATCH_SIZE = 50;

	private static final AtomicLong ids = new AtomicLong();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.GENERATE_STATISTICS, true ), Customer.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void persistedEntityIsFoundWithTheSameStateInANewPersistenceContext() {
		long id = persistCustomer( "Ada", new Address( "Paris", "1 Rue de Rivoli", new Geo( 48.85, 2.35 ) ) );

		Customer found = find( id );

		assertThat( found.getName() ).isEqualTo( "Ada" );
		assertThat( found.getVisits() ).isZero();
		assertThat( found.getAddress().getCity() ).isEqualTo( "Paris" );
		assertThat( found.getAddress().getStreet() ).isEqualTo( "1 Rue de Rivoli" );
		assertThat( found.getAddress().getGeo().getLat() ).isEqualTo( 48.85 );
		assertThat( found.getAddress().getGeo().getLon() ).isEqualTo( 2.35 );
	}

	@Test
	void findOfAnUnknownIdReturnsNull() {
		persistCustomer( "Someone", null );

		assertThat( find( ids.incrementAndGet() ) ).isNull();
	}

	@Test
	void mergeOfADetachedEntityUpdatesTheStoredDocument() {
		long id = persistCustomer( "Before", null );
		Customer detached = find( id );
		detached.setName( "After" );

		Persistence.inTransaction( factory, em -> em.merge( detached ) );

		assertThat( storedDocument( id ).getString( "name" ) ).isEqualTo( "After" );
	}

	@Test
	void removeDeletesTheDocument() {
		long id = persistCustomer( "Doomed", null );

		Persistence.inTransaction( factory, em -> em.remove( em.find( Customer.class, id ) ) );

		assertThat( customers().countDocuments( Filters.eq( "_id", id ) ) ).isZero();
	}

	@Test
	void refreshReadsAChangeWrittenOutsideThePersistenceContext() {
		long id = persistCustomer( "Original", null );
		EntityManager em = factory.createEntityManager();
		try {
			Customer customer = em.find( Customer.class, id );
			customers().updateOne( Filters.eq( "_id", id ), Updates.set( "name", "Changed by another application" ) );

			em.refresh( customer );

			assertThat( customer.getName() ).isEqualTo( "Changed by another application" );
		}
		finally {
			em.close();
		}
	}

	@Test
	void flushUpdatesOnlyTheEntityThatChanged() {
		long changedId = persistCustomer( "Changes", null );
		long untouchedId = persistCustomer( "Stays", new Address( "Oslo", null, null ) );
		Document untouchedBefore = storedDocument( untouchedId );
		statistics().clear();

		Persistence.inTransaction( factory, em -> {
			em.find( Customer.class, untouchedId );
			em.find( Customer.class, changedId ).setVisits( 3 );
		} );

		assertThat( statistics().getEntityUpdateCount() ).isEqualTo( 1 );
		assertThat( storedDocument( changedId ).get( "visits" ) ).isEqualTo( 3 );
		assertThat( storedDocument( untouchedId ) ).isEqualTo( untouchedBefore );
	}

	@Test
	void flushOfUnchangedEntitiesWritesNothing() {
		long id = persistCustomer( "Unchanged", new Address( "Rome", "Via Appia", new Geo( 41.85, 12.52 ) ) );
		statistics().clear();

		Persistence.inTransaction( factory, em -> em.find( Customer.class, id ) );

		assertThat( statistics().getEntityUpdateCount() ).isZero();
		assertThat( storedDocument( id ).get( "version" ) ).isEqualTo( 0 );
	}

	@Test
	void updateIncrementsTheStoredVersion() {
		long id = persistCustomer( "Versioned", null );

		Persistence.inTransaction( factory, em -> em.find( Customer.class, id ).setVisits( 1 ) );

		assertThat( storedDocument( id ).get( "version" ) ).isEqualTo( 1 );
		assertThat( find( id ).getVersion() ).isEqualTo( 1 );
	}

	@Test
	void updateOfAStaleVersionThrowsOptimisticLockException() {
		long id = persistCustomer( "Contended", null );
		EntityManager slow = factory.createEntityManager();
		try {
			// read outside a transaction, so the conflict is the version check's to find
			Customer stale = slow.find( Customer.class, id );
			Persistence.inTransaction( factory, fast -> fast.find( Customer.class, id ).setName( "Fast writer" ) );

			slow.getTransaction().begin();
			stale.setName( "Slow writer" );

			assertThatThrownBy( slow::flush ).isInstanceOf( OptimisticLockException.class );
		}
		finally {
			if ( slow.getTransaction().isActive() ) {
				slow.getTransaction().rollback();
			}
			slow.close();
		}
		assertThat( storedDocument( id ).getString( "name" ) ).isEqualTo( "Fast writer" );
	}

	@Test
	void batchedInsertsAreOneInsertCommandPerBatch() {
		measurements().drop();
		CommandLog log = new CommandLog();
		EntityManagerFactory batching = batchingFactory( log );
		try {
			Persistence.inTransaction( batching, em -> {
				for ( long id = 1; id <= MEASUREMENTS; id++ ) {
					em.persist( new Measurement( id, "sensor-" + ( id % 7 ), id / 10.0 ) );
				}
			} );
		}
		finally {
			batching.close();
		}

		assertThat( log.count( "insert", Measurement.COLLECTION ) ).isEqualTo( MEASUREMENTS / BATCH_SIZE );
		assertThat( measurements().countDocuments() ).isEqualTo( MEASUREMENTS );
		assertThat( measurements().distinct( "_id", Long.class ).into( new HashSet<>() ) ).hasSize( MEASUREMENTS );
	}

	@Test
	void batchedUpdatesAndDeletesAreOneCommandPerBatch() {
		measurements().drop();
		List<Document> stored = new ArrayList<>();
		for ( long id = 1; id <= MEASUREMENTS; id++ ) {
			stored.add( new Document( "_id", id ).append( "sensor", "sensor-" + id ).append( "reading", 0.0 ) );
		}
		measurements().insertMany( stored );
		CommandLog log = new CommandLog();
		EntityManagerFactory batching = batchingFactory( log );
		try {
			Persistence.inTransaction( batching, em -> em.createQuery( "from Measurement", Measurement.class ).getResultList()
					.forEach( measurement -> measurement.setReading( 1.5 ) ) );
			assertThat( log.count( "update", Measurement.COLLECTION ) ).isEqualTo( MEASUREMENTS / BATCH_SIZE );
			assertThat( measurements().countDocuments( Filters.eq( "reading", 1.5 ) ) ).isEqualTo( MEASUREMENTS );

			Persistence.inTransaction( batching, em -> em.createQuery( "from Measurement", Measurement.class ).getResultList()
					.forEach( em::remove ) );
			assertThat( log.count( "delete", Measurement.COLLECTION ) ).isEqualTo( MEASUREMENTS / BATCH_SIZE );
			assertThat( measurements().countDocuments() ).isZero();
		}
		finally {
			batching.close();
		}
	}

	/** A factory batching {@value #BATCH_SIZE} statements, whose commands {@code log} records. */
	private static EntityManagerFactory batchingFactory(CommandLog log) {
		Map<String, Object> properties = new HashMap<>( log.properties( mongoServer.databaseName() ) );
		properties.put( AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE );
		return Persistence.mongo( mongoServer.databaseName(), properties, Measurement.class );
	}

	private static MongoCollection<Document> measurements() {
		return mongoServer.database().getCollection( Measurement.COLLECTION );
	}

	@Test
	void statelessInsertIsReadBackByGet() {
		long id = ids.incrementAndGet();
		try ( StatelessSession session = sessionFactory().openStatelessSession() ) {
			session.getTransaction().begin();
			session.insert( new Customer( id, "Stateless", new Address( "Lyon", "Rue de la République", null ) ) );
			session.getTransaction().commit();

			Customer read = session.get( Customer.class, id );

			assertThat( read.getName() ).isEqualTo( "Stateless" );
			assertThat( read.getAddress().getCity() ).isEqualTo( "Lyon" );
			assertThat( read.getAddress().getGeo() ).isNull();
		}
	}

	@Test
	void statelessUpdateChangesTheStoredDocument() {
		long id = persistCustomer( "Before stateless update", null );
		try ( StatelessSession session = sessionFactory().openStatelessSession() ) {
			Customer customer = session.get( Customer.class, id );
			customer.setName( "After stateless update" );
			session.getTransaction().begin();
			session.update( customer );
			session.getTransaction().commit();
		}

		Document stored = storedDocument( id );
		assertThat( stored.getString( "name" ) ).isEqualTo( "After stateless update" );
		assertThat( stored.get( "version" ) ).isEqualTo( 1 );
	}

	@Test
	void statelessDeleteRemovesTheDocument() {
		long id = persistCustomer( "Deleted statelessly", null );
		try ( StatelessSession session = sessionFactory().openStatelessSession() ) {
			session.getTransaction().begin();
			session.delete( session.get( Customer.class, id ) );
			session.getTransaction().commit();
		}

		assertThat( customers().countDocuments( Filters.eq( "_id", id ) ) ).isZero();
	}

	@Test
	void allNullEmbeddableReadsBackAsNull() {
		long id = persistCustomer( "Homeless", new Address( null, null, new Geo( null, null ) ) );

		assertThat( find( id ).getAddress() ).isNull();
	}

	@Test
	void allNullEmbeddableIsStoredAsAnAbsentOrNullField() {
		long id = persistCustomer( "Homeless", new Address( null, null, null ) );

		assertThat( storedDocument( id ).get( "address" ) ).isNull();
	}

	@Test
	void idIsStoredInUnderscoreId() {
		long id = persistCustomer( "Identified", null );

		Document stored = customers().find( Filters.eq( "_id", id ) ).first();

		assertThat( stored ).isNotNull();
		assertThat( stored.get( "_id" ) ).isEqualTo( id );
		assertThat( stored ).doesNotContainKey( "id" );
	}

	@Test
	void embeddedValueIsStoredAsANestedDocument() {
		long id = persistCustomer( "Nested", new Address( "Berlin", "Unter den Linden 1", new Geo( 52.517, 13.389 ) ) );

		Document stored = storedDocument( id );

		assertThat( stored ).doesNotContainKeys( "city", "lat", "lon", "address.city", "address_city" );
		Document address = stored.get( "address", Document.class );
		assertThat( address ).containsEntry( "city", "Berlin" );
		Document geo = address.get( "geo", Document.class );
		assertThat( geo ).containsEntry( "lat", 52.517 ).containsEntry( "lon", 13.389 );
	}

	@Test
	void attributeOverrideRenamesTheNestedField() {
		long id = persistCustomer( "Overridden", new Address( "Madrid", "Gran Vía 3", null ) );

		Document address = storedDocument( id ).get( "address", Document.class );

		assertThat( address ).containsEntry( "line1", "Gran Vía 3" ).doesNotContainKey( "street" );
	}

	private static long persistCustomer(String name, Address address) {
		long id = ids.incrementAndGet();
		Persistence.inTransaction( factory, em -> em.persist( new Customer( id, name, address ) ) );
		return id;
	}

	private static Customer find(long id) {
		EntityManager em = factory.createEntityManager();
		try {
			return em.find( Customer.class, id );
		}
		finally {
			em.close();
		}
	}


	private static MongoCollection<Document> customers() {
		return mongoServer.database().getCollection( Customer.COLLECTION );
	}

	private static Document storedDocument(long id) {
		Document stored = customers().find( Filters.eq( "_id", id ) ).first();
		assertThat( stored ).as( "stored document with _id %s", id ).isNotNull();
		return stored;
	}

	private static SessionFactory sessionFactory() {
		return factory.unwrap( SessionFactory.class );
	}

	private static Statistics statistics() {
		return sessionFactory().getStatistics();
	}
}
