package io.hibermongo.it.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import io.hibermongo.it.id.model.AutoNote;
import io.hibermongo.it.id.model.Invoice;
import io.hibermongo.it.id.model.Label;
import io.hibermongo.it.id.model.PurchaseOrder;
import io.hibermongo.it.id.model.SingleStepTicket;
import io.hibermongo.it.id.model.Ticket;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** SEQUENCE, AUTO, TABLE and IDENTITY ids from the counter collection, as one application sees them. */
class CounterIdGenerationTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create" ),
				Ticket.class, SingleStepTicket.class, AutoNote.class, Invoice.class, PurchaseOrder.class, Label.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void sequenceIdsAreConsecutiveWithinAPooledBlockAndTheCounterMovesByTheAllocationSize() {
		List<Long> ids = persistAll( 3, i -> new Ticket( "t" + i ), Ticket::getId );

		assertThat( ids ).doesNotHaveDuplicates();
		assertThat( ids.get( 1 ) ).isEqualTo( ids.get( 0 ) + 1 );
		assertThat( ids.get( 2 ) ).isEqualTo( ids.get( 0 ) + 2 );
		Document counter = counter( "ticket_seq" );
		assertThat( counter.get( "next_val" ) ).isInstanceOf( Long.class );
		assertThat( ( (Number) counter.get( "next_val" ) ).longValue() % 50 ).isEqualTo( 1L );
		assertThat( mongoServer.database().getCollection( "Ticket" ).find( Filters.eq( "_id", ids.get( 0 ) ) ).first() )
				.containsEntry( "title", "t0" );
	}

	@Test
	void allocationSizeOneHandsOutTheCounterValuesOneByOneFromTheInitialValue() {
		List<Integer> ids = persistAll( 3, i -> new SingleStepTicket( "s" + i ), SingleStepTicket::getId );

		assertThat( ids ).containsExactly( 100, 101, 102 );
		assertThat( ( (Number) counter( "single_step_seq" ).get( "next_val" ) ).longValue() ).isEqualTo( 103L );
	}

	@Test
	void autoOnALongUsesAnEntitySequence() {
		List<Long> ids = persistAll( 2, i -> new AutoNote( "n" + i ), AutoNote::getId );

		assertThat( ids ).doesNotHaveDuplicates().allMatch( id -> id > 0 );
		assertThat( counter( "AutoNote_SEQ" ) ).isNotNull();
	}

	@Test
	void tableGeneratorIdsComeFromTheSegmentCounter() {
		List<Long> ids = persistAll( 12, i -> new Invoice( "c" + i ), Invoice::getId );

		assertThat( ids ).doesNotHaveDuplicates();
		assertThat( ids ).isSorted();
		Document segment = counter( "invoice" );
		assertThat( segment ).isNotNull();
		assertThat( ( (Number) segment.get( "next_val" ) ).longValue() ).isGreaterThanOrEqualTo( ids.get( ids.size() - 1 ) );
	}

	@Test
	void identityIdIsVisibleRightAfterPersistAndStoredAsUnderscoreId() {
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			PurchaseOrder order = new PurchaseOrder( "lamp" );
			em.persist( order );
			assertThat( order.getId() ).isNotNull();
			em.getTransaction().commit();

			Document stored = mongoServer.database().getCollection( "PurchaseOrder" ).find( Filters.eq( "_id", order.getId() ) ).first();
			assertThat( stored ).containsEntry( "item", "lamp" );
			assertThat( stored.get( "_id" ) ).isInstanceOf( Long.class );
			assertThat( counter( "PurchaseOrder._id" ).get( "next_val" ) ).isEqualTo( order.getId() + 1 );
		}
		finally {
			em.close();
		}
	}

	@Test
	void integerIdentityIdsAreStoredAsInt32AndCountUp() {
		List<Integer> ids = persistAll( 3, i -> new Label( "l" + i ), Label::getId );

		assertThat( ids.get( 1 ) ).isEqualTo( ids.get( 0 ) + 1 );
		assertThat( ids.get( 2 ) ).isEqualTo( ids.get( 0 ) + 2 );
		Document stored = mongoServer.database().getCollection( "Label" ).find( Filters.eq( "_id", ids.get( 0 ) ) ).first();
		assertThat( stored.get( "_id" ) ).isInstanceOf( Integer.class );
	}

	@Test
	void generatedEntitiesAreFoundByTheirIds() {
		List<Long> ids = persistAll( 1, i -> new PurchaseOrder( "desk" ), PurchaseOrder::getId );
		List<Long> invoices = persistAll( 1, i -> new Invoice( "acme" ), Invoice::getId );

		EntityManager em = factory.createEntityManager();
		try {
			assertThat( em.find( PurchaseOrder.class, ids.get( 0 ) ).getItem() ).isEqualTo( "desk" );
			assertThat( em.find( Invoice.class, invoices.get( 0 ) ).getCustomer() ).isEqualTo( "acme" );
		}
		finally {
			em.close();
		}
	}

	private static <E, I> List<I> persistAll(int count, Function<Integer, E> create, Function<E, I> id) {
		List<E> entities = new ArrayList<>();
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			for ( int i = 0; i < count; i++ ) {
				E entity = create.apply( i );
				em.persist( entity );
				entities.add( entity );
			}
			em.getTransaction().commit();
		}
		finally {
			em.close();
		}
		return entities.stream().map( id ).toList();
	}

	private static Document counter(String name) {
		return mongoServer.database().getCollection( "hibernate_sequences" ).find( Filters.eq( "_id", name ) ).first();
	}
}
