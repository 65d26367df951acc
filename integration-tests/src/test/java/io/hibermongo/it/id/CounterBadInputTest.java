package io.hibermongo.it.id;

import java.util.Map;

import com.mongodb.client.model.Filters;
import io.hibermongo.it.id.model.BadSegmentItem;
import io.hibermongo.it.id.model.BadSequenceNameItem;
import io.hibermongo.it.id.model.NegativeAllocationItem;
import io.hibermongo.it.id.model.PurchaseOrder;
import io.hibermongo.it.id.model.Ticket;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Counters and generator mappings that cannot work fail clearly, at startup or first use, and never hand out an id twice. */
class CounterBadInputTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void emptyDatabase() {
		mongoServer.database().drop();
	}

	@Test
	void sequenceNameWithDollarOrDotFailsAtStartupNamingIt() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), BadSequenceNameItem.class ).close() )
				.rootCause()
				.hasMessageContaining( "'items$.seq'" )
				.hasMessageContaining( "must not be empty or contain '$', '.'" );
	}

	@Test
	void tableGeneratorSegmentWithDollarFailsAtStartupNamingIt() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), BadSegmentItem.class ).close() )
				.rootCause()
				.hasMessageContaining( "'$where'" );
	}

	@Test
	void negativeAllocationSizeFailsAtStartupNamingEntityAndGenerator() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), NegativeAllocationItem.class ).close() )
				.rootCause()
				.hasMessageContaining( "negative_seq" )
				.hasMessageContaining( "NegativeAllocationItem" )
				.hasMessageContaining( "allocationSize -" )
				.hasMessageContaining( "counters only count up" );
	}

	@Test
	void sequenceCounterHoldingAStringFailsThePersistAndStoresNothing() {
		counters().insertOne( new Document( "_id", "ticket_seq" ).append( "next_val", "forty-two" ) );
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Ticket.class ) ) {
			assertThatThrownBy( () -> Persistence.persist( factory, new Ticket( "x" ) ) )
					.hasStackTraceContaining( "The counter 'ticket_seq' in collection 'hibernate_sequences'" )
					.hasStackTraceContaining( "not an integer" );
		}
		assertThat( mongoServer.database().getCollection( "Ticket" ).countDocuments() ).isZero();
	}

	@Test
	void identityCounterHoldingADocumentFailsTheInsertAndStoresNothing() {
		counters().insertOne( new Document( "_id", "PurchaseOrder._id" ).append( "next_val", new Document( "$gt", 1 ) ) );
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), PurchaseOrder.class ) ) {
			assertThatThrownBy( () -> Persistence.persist( factory, new PurchaseOrder( "x" ) ) )
					.hasStackTraceContaining( "The counter 'PurchaseOrder._id'" )
					.hasStackTraceContaining( "not an integer" );
		}
		assertThat( mongoServer.database().getCollection( "PurchaseOrder" ).countDocuments() ).isZero();
	}

	@Test
	void counterFixedAfterAFailureHandsOutNoIdTwice() {
		counters().insertOne( new Document( "_id", "PurchaseOrder._id" ).append( "next_val", "bad" ) );
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), PurchaseOrder.class ) ) {
			assertThatThrownBy( () -> Persistence.persist( factory, new PurchaseOrder( "x" ) ) ).hasStackTraceContaining( "not an integer" );
			counters().updateOne( Filters.eq( "_id", "PurchaseOrder._id" ), new Document( "$set", new Document( "next_val", 10L ) ) );

			PurchaseOrder first = new PurchaseOrder( "a" );
			PurchaseOrder second = new PurchaseOrder( "b" );
			Persistence.persist( factory, first );
			Persistence.persist( factory, second );

			assertThat( first.getId() ).isEqualTo( 10L );
			assertThat( second.getId() ).isEqualTo( 11L );
		}
	}

	private static com.mongodb.client.MongoCollection<Document> counters() {
		return mongoServer.database().getCollection( "hibernate_sequences" );
	}
}
