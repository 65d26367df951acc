package io.hibermongo.it.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hibermongo.it.registry.model.Shelf;
import io.hibermongo.it.registry.model.Volume;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.StatementTexts;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.KeyType;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's loaders of several keys at once (multi-id and multi natural-id loads, batch fetching of
 * lazy references) bind all keys as one array parameter, so loads of any number of keys run one command.
 */
class MultiKeyLoadTest {

	private static final int VOLUMES = 12;
	private static final int SHELVES = 8;
	private static final int BATCH_SIZE = 3;

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final StatementTexts statements = new StatementTexts();
	private static EntityManagerFactory factory;

	@BeforeAll
	static void storeVolumesOnShelves() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(
				AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, BATCH_SIZE,
				AvailableSettings.STATEMENT_INSPECTOR, statements ), Shelf.class, Volume.class );
		Persistence.inTransaction( factory, em -> {
			for ( long id = 1; id <= SHELVES; id++ ) {
				em.persist( new Shelf( id, "Shelf " + id ) );
			}
			for ( long id = 1; id <= VOLUMES; id++ ) {
				em.persist( new Volume( id, "isbn-" + id, "Volume " + id, (int) id, em.getReference( Shelf.class, 1 + id % SHELVES ) ) );
			}
		} );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void multiIdLoadsOfEveryLengthRunOneCommand() {
		statements.take();
		for ( int length = 1; length <= VOLUMES; length++ ) {
			List<Long> ids = firstIds( length );
			assertThat( titles( session -> session.findMultiple( Volume.class, ids ) ) ).isEqualTo( titlesOf( ids ) );
		}

		List<String> texts = statements.take();
		assertThat( texts ).as( "the statements of %s multi-id loads", VOLUMES ).hasSize( VOLUMES ).containsOnly( texts.get( 0 ) );
		assertThat( texts.get( 0 ) ).contains( """
				"filter": {"_id": {"$in": {"$param": 1}}}""" );
	}

	@Test
	void multiIdLoadGivesNullForAMissingId() {
		List<String> titles = titles( session -> session.findMultiple( Volume.class, List.of( 3L, 99L, 1L ) ) );

		assertThat( titles ).containsExactly( "Volume 3", null, "Volume 1" );
	}

	@Test
	void multiNaturalIdLoadsOfEveryLengthRunOneCommand() {
		statements.take();
		for ( int length = 1; length <= 5; length++ ) {
			List<String> isbns = firstIds( length ).stream().map( id -> "isbn-" + id ).toList();
			assertThat( titles( session -> session.findMultiple( Volume.class, isbns, KeyType.NATURAL ) ) ).isEqualTo( titlesOf( firstIds( length ) ) );
		}

		List<String> texts = statements.take();
		assertThat( texts ).as( "the statements of 5 multi natural-id loads" ).hasSize( 5 ).containsOnly( texts.get( 0 ) );
	}

	@Test
	void batchFetchOfLazyReferencesRunsOneCommand() {
		List<String> labels = new ArrayList<>();
		statements.take();
		inSession( session -> {
			for ( Volume volume : session.createSelectionQuery( "from Volume order by id", Volume.class ).getResultList() ) {
				labels.add( volume.getShelf().getLabel() );
			}
		} );
		List<String> texts = statements.take();

		assertThat( labels ).hasSize( VOLUMES ).allMatch( label -> label.startsWith( "Shelf " ) );
		assertThat( labels.get( 0 ) ).isEqualTo( "Shelf 2" );
		assertThat( texts.subList( 1, texts.size() ) ).as( "the batch loads of %s shelves, %s at a time", SHELVES, BATCH_SIZE )
				.hasSize( ( SHELVES + BATCH_SIZE - 1 ) / BATCH_SIZE ).containsOnly( texts.get( 1 ) );
	}

	private static List<Long> firstIds(int length) {
		List<Long> ids = new ArrayList<>();
		for ( long id = length; id >= 1; id-- ) {
			ids.add( id );
		}
		return ids;
	}

	private static List<String> titlesOf(List<Long> ids) {
		return ids.stream().map( id -> "Volume " + id ).toList();
	}

	private static List<String> titles(Function<Session, List<Volume>> load) {
		List<String> titles = new ArrayList<>();
		inSession( session -> load.apply( session ).forEach( volume -> titles.add( volume == null ? null : volume.getTitle() ) ) );
		return titles;
	}

	private static void inSession(java.util.function.Consumer<Session> work) {
		try ( Session session = factory.createEntityManager().unwrap( Session.class ) ) {
			work.accept( session );
		}
	}
}
