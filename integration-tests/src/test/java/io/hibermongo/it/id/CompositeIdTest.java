package io.hibermongo.it.id;

import java.util.Map;

import com.mongodb.client.model.Filters;
import io.hibermongo.it.id.model.Profile;
import io.hibermongo.it.id.model.Seat;
import io.hibermongo.it.id.model.SeatId;
import io.hibermongo.it.id.model.Shipment;
import io.hibermongo.it.id.model.ShipmentKey;
import io.hibermongo.it.id.model.Ticket;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Composite ids as {@code _id} sub-documents, and ids derived through {@code @MapsId}. */
class CompositeIdTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Shipment.class, Seat.class, Profile.class, Ticket.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void embeddedIdIsAnUnderscoreIdSubDocumentAndFindsTheEntity() {
		Persistence.inTransaction( factory, em -> em.persist( new Shipment( new ShipmentKey( "north", 7 ), "Oslo" ) ) );

		Document stored = mongoServer.database().getCollection( "Shipment" ).find().first();
		assertThat( stored.get( "_id", Document.class ) ).containsEntry( "warehouse", "north" ).containsEntry( "number", 7 );
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( Shipment.class, new ShipmentKey( "north", 7 ) ).getDestination() ).isEqualTo( "Oslo" );
			assertThat( em.find( Shipment.class, new ShipmentKey( "north", 8 ) ) ).isNull();
		}
		finally {
			em.close();
		}
	}

	@Test
	void idClassIsAnUnderscoreIdSubDocumentAndFindsTheEntity() {
		Persistence.inTransaction( factory, em -> {
			em.persist( new Seat( "A", 1, true ) );
			em.persist( new Seat( "A", 2, false ) );
		} );

		assertThat( mongoServer.database().getCollection( "Seat" ).countDocuments( Filters.eq( "_id.hall", "A" ) ) ).isEqualTo( 2 );
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( Seat.class, new SeatId( "A", 1 ) ).isAccessible() ).isTrue();
			assertThat( em.find( Seat.class, new SeatId( "A", 2 ) ).isAccessible() ).isFalse();
		}
		finally {
			em.close();
		}
	}

	@Test
	void mapsIdGivesTheDependentTheIdOfItsParent() {
		Ticket ticket = new Ticket( "derived" );
		Profile profile = new Profile( ticket, "vip" );
		Persistence.inTransaction( factory, em -> {
			em.persist( ticket );
			em.persist( profile );
		} );

		assertThat( profile.getId() ).isEqualTo( ticket.getId() );
		assertThat( mongoServer.database().getCollection( "Profile" ).find( Filters.eq( "_id", ticket.getId() ) ).first() )
				.containsEntry( "note", "vip" );
		EntityManager em = factory.createEntityManager();
		try {
			Profile found = em.find( Profile.class, ticket.getId() );
			assertThat( found.getTicket().getTitle() ).isEqualTo( "derived" );
		}
		finally {
			em.close();
		}
	}

}
