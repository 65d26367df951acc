package io.hibermongo.it.writes;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.hibermongo.it.support.CommandLog;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.TestServer;
import io.hibermongo.it.writes.model.Account;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bulk updates with computed values ({@code set x = x + 1}): a NULL result removes the field, as every
 * other write does, whether the server runs the pipeline update or (the embedded server, which has
 * none) the read-then-write fallback; the fallback reports the documents its writes matched and writes
 * in bounded chunks.
 */
class ComputedUpdateTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final String FALLBACK_ONLY = "the read-then-write fallback runs only on a server without pipeline updates (the embedded one)";

	private static final CommandLog log = new CommandLog();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), log.properties( mongoServer.databaseName() ), Account.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@BeforeEach
	void startEmpty() {
		accounts().drop();
	}

	@Test
	void nullResultRemovesTheField() {
		accounts().insertMany( List.of( account( 1 ).append( "balance", 10 ), account( 2 ) ) );

		int updated = increaseBalances();

		assertThat( updated ).isEqualTo( 2 );
		assertThat( stored( 1 ) ).containsEntry( "balance", 11 );
		assertThat( stored( 2 ) ).doesNotContainKey( "balance" );
	}

	@Test
	void fallbackCountsTheDocumentsItsWritesMatched() {
		assumeTrue( TestServer.isEmbedded(), FALLBACK_ONLY );
		accounts().insertMany( List.of( account( 1 ), account( 2 ), account( 3 ) ) );
		log.beforeNext( "update", Account.COLLECTION, () -> accounts().deleteOne( Filters.eq( "_id", 2L ) ) );

		assertThat( increaseBalances() ).isEqualTo( 2 );
	}

	/**
	 * 1500 documents are written in chunks of 500: three {@code update} commands. Without chunks the driver
	 * would split one bulk write of all of them by the embedded server's limit of 1000 writes: two.
	 */
	@Test
	void fallbackWritesInChunksOfFiveHundred() {
		assumeTrue( TestServer.isEmbedded(), FALLBACK_ONLY );
		List<Document> many = new ArrayList<>();
		for ( long id = 1; id <= 1500; id++ ) {
			many.add( account( id ).append( "balance", 1 ) );
		}
		accounts().insertMany( many );
		log.clear();

		assertThat( increaseBalances() ).isEqualTo( 1500 );
		assertThat( log.count( "update", Account.COLLECTION ) ).isEqualTo( 3 );
		assertThat( accounts().countDocuments( Filters.eq( "balance", 2 ) ) ).isEqualTo( 1500 );
	}

	private static int increaseBalances() {
		int[] updated = new int[1];
		Persistence.inTransaction( factory,
				em -> updated[0] = em.createQuery( "update Account a set a.balance = a.balance + 1" ).executeUpdate() );
		return updated[0];
	}

	private static Document account(long id) {
		return new Document( "_id", id ).append( "owner", "owner-" + id ).append( "version", 0 );
	}

	private static MongoCollection<Document> accounts() {
		return mongoServer.database().getCollection( Account.COLLECTION );
	}

	private static Document stored(long id) {
		Document stored = accounts().find( Filters.eq( "_id", id ) ).first();
		assertThat( stored ).as( "stored account %s", id ).isNotNull();
		return stored;
	}
}
