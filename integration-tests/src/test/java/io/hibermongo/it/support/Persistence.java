package io.hibermongo.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * Builds the two kinds of {@link EntityManagerFactory} the tests compare, without a
 * {@code persistence.xml}: one on MongoDB configured exactly as a Hibermongo user configures it, and an
 * in-memory H2 one that serves as the relational oracle.
 */
public final class Persistence {

	/** The dialect a user names in {@code hibernate.dialect}: by name, as in a persistence.xml. */
	public static final String MONGO_DIALECT = "io.hibermongo.dialect.MongoDialect";

	private Persistence() {
	}

	/**
	 * A factory on {@code database} of the {@link TestServer}, with {@code hibernate.dialect} and
	 * {@code jakarta.persistence.jdbc.url} and nothing else but {@code extraProperties}. It sets no
	 * {@code hibernate.hbm2ddl.auto}: the tests start from a dropped database.
	 */
	public static EntityManagerFactory mongo(String database, Map<String, Object> extraProperties, Class<?>... entities) {
		return mongoAt( TestServer.uri( database ), extraProperties, entities );
	}

	/** A factory configured like {@link #mongo}, on the server and database of the {@code mongodb://} {@code url}. */
	public static EntityManagerFactory mongoAt(String url, Map<String, Object> extraProperties, Class<?>... entities) {
		return new HibernatePersistenceConfiguration( "hibermongo-" + url )
				.managedClasses( entities )
				.property( AvailableSettings.DIALECT, MONGO_DIALECT )
				.jdbcUrl( url )
				.properties( extraProperties )
				.createEntityManagerFactory();
	}

	/** Closes the factories that were created (a null one failed to start). */
	public static void close(EntityManagerFactory... factories) {
		for ( EntityManagerFactory factory : factories ) {
			if ( factory != null ) {
				factory.close();
			}
		}
	}

	/** Persists {@code entity} in a transaction of its own. */
	public static <E> E persist(EntityManagerFactory factory, E entity) {
		inTransaction( factory, em -> em.persist( entity ) );
		return entity;
	}

	/** Runs {@code work} in a transaction of a new EntityManager; rolls back if it throws. */
	public static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			work.accept( em );
			em.getTransaction().commit();
		}
		finally {
			if ( em.getTransaction().isActive() ) {
				em.getTransaction().rollback();
			}
			em.close();
		}
	}

	/** Runs {@code work} in a transaction of a new EntityManager and returns its result; rolls back if it throws. */
	public static <T> T computeInTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
		List<T> result = new ArrayList<>( 1 );
		inTransaction( factory, em -> result.add( work.apply( em ) ) );
		return result.get( 0 );
	}

	/** A factory on a fresh, uniquely named in-memory H2 database whose schema lives as long as the factory. */
	public static EntityManagerFactory h2(Class<?>... entities) {
		return new HibernatePersistenceConfiguration( "h2-oracle" )
				.managedClasses( entities )
				.property( AvailableSettings.DIALECT, H2Dialect.class.getName() )
				.jdbcDriver( "org.h2.Driver" )
				.jdbcUrl( "jdbc:h2:mem:oracle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" )
				.jdbcCredentials( "sa", "" )
				.schemaToolingAction( Action.CREATE_DROP )
				.createEntityManagerFactory();
	}
}
