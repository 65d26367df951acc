package io.hibermongo.it.id;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.hibermongo.dialect.MongoSequences;
import io.hibermongo.it.id.model.Invoice;
import io.hibermongo.it.id.model.PurchaseOrder;
import io.hibermongo.it.id.model.Ticket;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adopting a database written by something else: its documents already have ids 1…n and its counters
 * are missing or behind. The counters are reported, refused by {@code validate}, reseeded by
 * {@code update} and by {@link MongoSequences#reseed()}.
 */
class CounterRepairTest {

	private static final Class<?>[] ENTITIES = { Ticket.class, Invoice.class, PurchaseOrder.class };

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void existingDataWithoutCounters() {
		MongoDatabase database = mongoServer.database();
		database.drop();
		insertIds( database, "Ticket", 120 );
		insertIds( database, "Invoice", 55 );
		insertIds( database, "PurchaseOrder", 30 );
		database.getCollection( "hibernate_sequences" ).insertOne( new Document( "_id", "PurchaseOrder._id" ).append( "next_val", 7L ) );
	}

	@Test
	void reportGivesEachCounterItsNextValueAndTheHighestIdInItsCollection() {
		try ( EntityManagerFactory factory = factory( Map.of() ) ) {
			List<MongoSequences.Counter> report = MongoSequences.of( factory ).report();

			assertThat( report ).extracting( MongoSequences.Counter::generator, MongoSequences.Counter::nextValue,
					MongoSequences.Counter::highestId, MongoSequences.Counter::behind )
					.containsExactlyInAnyOrder(
							org.assertj.core.groups.Tuple.tuple( "ticket_seq", null, 120L, true ),
							org.assertj.core.groups.Tuple.tuple( "invoice", null, 55L, true ),
							org.assertj.core.groups.Tuple.tuple( "PurchaseOrder", 7L, 30L, true ) );
		}
	}

	@Test
	void validateRefusesToStartWithACounterBehindAndNamesItsValueAndTheHighestId() {
		assertThatThrownBy( () -> factory( Map.of( AvailableSettings.HBM2DDL_AUTO, "validate" ) ).close() )
				.rootCause()
				.hasMessageContaining( "IDENTITY 'PurchaseOrder'" )
				.hasMessageContaining( "next value 7" )
				.hasMessageContaining( "highest id 30" )
				.hasMessageContaining( "SEQUENCE 'ticket_seq'" )
				.hasMessageContaining( "highest id 120" );
	}

	@Test
	void validateStartsWhenEveryCounterIsAhead() {
		try ( EntityManagerFactory factory = factory( Map.of() ) ) {
			MongoSequences.of( factory ).reseed();
		}
		try ( EntityManagerFactory factory = factory( Map.of( AvailableSettings.HBM2DDL_AUTO, "validate" ) ) ) {
			assertThat( MongoSequences.of( factory ).report() ).noneMatch( MongoSequences.Counter::behind );
		}
	}

	@Test
	void reseedRaisesEveryCounterSoThatNewIdsFollowTheExistingOnes() {
		try ( EntityManagerFactory factory = factory( Map.of() ) ) {
			List<MongoSequences.Counter> after = MongoSequences.of( factory ).reseed();

			assertThat( after ).noneMatch( MongoSequences.Counter::behind );
			assertThat( persistTicket( factory ) ).isGreaterThan( 120L );
			assertThat( persistOrder( factory ) ).isEqualTo( 31L );
			assertThat( persistInvoice( factory ) ).isGreaterThan( 55L );
		}
	}

	@Test
	void reseedNeverLowersACounter() {
		mongoServer.database().getCollection( "hibernate_sequences" )
				.updateOne( Filters.eq( "_id", "PurchaseOrder._id" ), new Document( "$set", new Document( "next_val", 500L ) ) );
		try ( EntityManagerFactory factory = factory( Map.of() ) ) {
			MongoSequences.Counter order = MongoSequences.of( factory ).reseed( "PurchaseOrder" );

			assertThat( order.nextValue() ).isEqualTo( 500L );
			assertThat( order.behind() ).isFalse();
		}
	}

	@Test
	void updateReseedsCountersBehindAtStartup() {
		try ( EntityManagerFactory factory = factory( Map.of( AvailableSettings.HBM2DDL_AUTO, "update" ) ) ) {
			assertThat( MongoSequences.of( factory ).report() ).noneMatch( MongoSequences.Counter::behind );
			assertThat( persistOrder( factory ) ).isEqualTo( 31L );
			assertThat( persistTicket( factory ) ).isGreaterThan( 120L );
		}
	}

	private static EntityManagerFactory factory(Map<String, Object> properties) {
		return Persistence.mongo( mongoServer.databaseName(), properties, ENTITIES );
	}

	private static void insertIds(MongoDatabase database, String collection, long count) {
		database.getCollection( collection ).insertMany(
				LongStream.rangeClosed( 1, count ).mapToObj( id -> new Document( "_id", id ) ).toList() );
	}

	private static long persistTicket(EntityManagerFactory factory) {
		Ticket ticket = new Ticket( "new" );
		Persistence.persist( factory, ticket );
		return ticket.getId();
	}

	private static long persistOrder(EntityManagerFactory factory) {
		PurchaseOrder order = new PurchaseOrder( "new" );
		Persistence.persist( factory, order );
		return order.getId();
	}

	private static long persistInvoice(EntityManagerFactory factory) {
		Invoice invoice = new Invoice( "new" );
		Persistence.persist( factory, invoice );
		return invoice.getId();
	}
}
