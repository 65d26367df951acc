package io.hibermongo.it.entity;

import java.util.Map;

import com.mongodb.client.model.Filters;
import io.hibermongo.it.entity.model.Device;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Entities identified by an {@code ObjectId} the application assigns with {@code new ObjectId()}. */
class ObjectIdIdentifierTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Device.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void objectIdIdentifierIsStoredAsAnObjectIdInUnderscoreId() {
		ObjectId id = persistDevice( "thermostat" );

		Document stored = mongoServer.database().getCollection( Device.COLLECTION ).find( Filters.eq( "_id", id ) ).first();

		assertThat( stored ).isNotNull();
		assertThat( stored.get( "_id" ) ).isEqualTo( id );
		assertThat( stored.getString( "label" ) ).isEqualTo( "thermostat" );
	}

	@Test
	void entityIsFoundByItsObjectIdIdentifier() {
		persistDevice( "decoy" );
		ObjectId id = persistDevice( "doorbell" );

		EntityManager em = factory.createEntityManager();
		try {
			Device found = em.find( Device.class, id );

			assertThat( found.getId() ).isEqualTo( id );
			assertThat( found.getLabel() ).isEqualTo( "doorbell" );
		}
		finally {
			em.close();
		}
	}

	private static ObjectId persistDevice(String label) {
		ObjectId id = new ObjectId();
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			em.persist( new Device( id, label ) );
			em.getTransaction().commit();
		}
		finally {
			if ( em.getTransaction().isActive() ) {
				em.getTransaction().rollback();
			}
			em.close();
		}
		return id;
	}
}
