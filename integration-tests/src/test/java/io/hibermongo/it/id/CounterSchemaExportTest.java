package io.hibermongo.it.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import com.mongodb.client.model.Filters;
import io.hibermongo.dialect.MongoSettings;
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
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema export creates, lists and drops the counter collection, under the name the settings give it. */
class CounterSchemaExportTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void emptyDatabase() {
		mongoServer.database().drop();
	}

	@Test
	void createMakesTheCounterCollectionWithEachSequenceAtItsInitialValue() {
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.HBM2DDL_AUTO, "create", MongoSettings.SEQUENCE_COLLECTION, "id_counters" ),
				Ticket.class, PurchaseOrder.class ) ) {
			assertThat( collections() ).contains( "id_counters", "Ticket", "PurchaseOrder" );
			assertThat( mongoServer.database().getCollection( "id_counters" ).find( Filters.eq( "_id", "ticket_seq" ) ).first() )
					.containsEntry( "next_val", 1L );

			Persistence.persist( factory, new PurchaseOrder( "chair" ) );
			assertThat( mongoServer.database().getCollection( "id_counters" ).find( Filters.eq( "_id", "PurchaseOrder._id" ) ).first() )
					.containsEntry( "next_val", 2L );
		}
	}

	@Test
	void createDropRemovesTheCounterCollectionOnClose() {
		EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create-drop" ),
				Ticket.class, PurchaseOrder.class );
		Persistence.persist( factory, new Ticket( "t" ) );
		assertThat( collections() ).contains( "hibernate_sequences" );

		factory.close();

		assertThat( collections() ).doesNotContain( "hibernate_sequences", "Ticket", "PurchaseOrder" );
	}

	@Test
	void recreatingTheSchemaRestartsIdentityIdsAtOne() {
		for ( int run = 0; run < 2; run++ ) {
			try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create" ),
					PurchaseOrder.class ) ) {
				PurchaseOrder order = new PurchaseOrder( "run " + run );
				Persistence.persist( factory, order );
				assertThat( order.getId() ).isEqualTo( 1L );
			}
		}
	}

	@Test
	void scriptExportWritesMongoshStatementsForTheCounterCollectionAndTheSequenceCounters(@TempDir Path directory) throws Exception {
		Path script = directory.resolve( "create.js" );
		try ( EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of(
				AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create",
				AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script.toString() ), Ticket.class, PurchaseOrder.class ) ) {
			assertThat( factory.isOpen() ).isTrue();
		}

		assertThat( Files.readAllLines( script ) ).contains(
				"db.createCollection(\"hibernate_sequences\");",
				"db.getCollection(\"hibernate_sequences\").updateOne({\"_id\": \"ticket_seq\"}, "
						+ "{\"$setOnInsert\": {\"next_val\": NumberLong(1)}}, {upsert: true});",
				"db.createCollection(\"PurchaseOrder\");" );
	}

	private static HashSet<String> collections() {
		return mongoServer.database().listCollectionNames().into( new HashSet<>() );
	}
}
