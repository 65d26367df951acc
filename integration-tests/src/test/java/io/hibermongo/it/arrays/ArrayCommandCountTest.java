package io.hibermongo.it.arrays;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.hibermongo.it.arrays.model.Playlist;
import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands element collection changes and loads cost, counted by a driver {@code CommandListener}:
 * element-level writes never rewrite an array, the rows of one JDBC batch become one command, and
 * collections load with their owner or in batches. The factory uses JDBC batching
 * ({@code hibernate.jdbc.batch_size}) and batch fetching, as an application that cares about round trips
 * would.
 */
class ArrayCommandCountTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final CommandCounter counter = new CommandCounter();
	private static final AtomicLong ids = new AtomicLong();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		Map<String, Object> properties = new HashMap<>( counter.properties( mongoServer.databaseName() ) );
		properties.put( AvailableSettings.STATEMENT_BATCH_SIZE, 50 );
		properties.put( AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 10 );
		factory = Persistence.mongo( mongoServer.databaseName(), properties, Playlist.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@BeforeEach
	void forgetEarlierCommands() {
		counter.reset();
	}

	private static Playlist persisted(int tracks) {
		Playlist playlist = new Playlist( ids.incrementAndGet() );
		IntStream.range( 0, tracks ).forEach( i -> playlist.getTracks().add( "track " + i ) );
		playlist.getTags().add( "rock" );
		playlist.getNotes().put( "mood", "loud" );
		playlist.getNotes().put( "year", "1977" );
		Persistence.persist( factory, playlist );
		counter.reset();
		return playlist;
	}

	@Test
	void changingOneElementOfA500ElementOrderedListSendsOneWriteThatDoesNotRewriteTheArray() {
		Playlist playlist = persisted( 500 );

		Persistence.inTransaction( factory, em -> em.find( Playlist.class, playlist.getId() ).getTracks().set( 250, "encore" ) );

		assertThat( counter.writes() ).hasSize( 1 );
		assertThat( counter.writes().get( 0 ).getArray( "updates" ) ).containsExactly( BsonDocument.parse(
				"{q: {_id: {$numberLong: '" + playlist.getId() + "'}}, u: {$set: {'tracks.250': 'encore'}}}" ) );
	}

	@Test
	void addingOneTagSendsOneWrite() {
		Playlist playlist = persisted( 1 );

		Persistence.inTransaction( factory, em -> em.find( Playlist.class, playlist.getId() ).getTags().add( "punk" ) );

		assertThat( counter.writes() ).hasSize( 1 );
		assertThat( counter.writes().get( 0 ).getArray( "updates" ).get( 0 ).asDocument().getDocument( "u" ) )
				.isEqualTo( BsonDocument.parse( "{$push: {tags: {$each: ['punk']}}}" ) );
	}

	@Test
	void removingOneMapEntrySendsOneWrite() {
		Playlist playlist = persisted( 1 );

		Persistence.inTransaction( factory, em -> em.find( Playlist.class, playlist.getId() ).getNotes().remove( "mood" ) );

		assertThat( counter.writes() ).hasSize( 1 );
		assertThat( counter.writes().get( 0 ).getArray( "updates" ).get( 0 ).asDocument().getDocument( "u" ) )
				.isEqualTo( BsonDocument.parse( "{$pull: {notes: {k: 'mood'}}}" ) );
	}

	@Test
	void theRowsOfOneJdbcBatchAreOneCommandWithOneStatementPerOwner() {
		List<Playlist> playlists = IntStream.range( 0, 3 ).mapToObj( i -> persisted( 1 ) ).toList();

		Persistence.inTransaction( factory, em -> playlists.forEach( playlist -> em.find( Playlist.class, playlist.getId() ).getTags()
				.addAll( List.of( "a", "b", "c", "d" ) ) ) );

		List<BsonDocument> writes = counter.writes();
		assertThat( writes ).extracting( BsonDocument::getFirstKey ).containsExactly( "update" );
		BsonArray statements = writes.get( 0 ).getArray( "updates" );
		assertThat( statements ).hasSize( 3 );
		assertThat( statements.get( 0 ).asDocument().getDocument( "u" ).getDocument( "$push" ).getDocument( "tags" ).getArray( "$each" ) )
				.hasSize( 4 );
	}

	@Test
	void theOwnersOfOneFlushAreOneInsertWithTheirRowsFolded() {
		Persistence.inTransaction( factory, em -> {
			for ( int i = 0; i < 3; i++ ) {
				Playlist playlist = new Playlist( ids.incrementAndGet() ).onlyTags();
				playlist.getTags().addAll( List.of( "a", "b", "c", "d" ) );
				em.persist( playlist );
			}
		} );

		List<BsonDocument> writes = counter.writes();
		assertThat( writes ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( writes.get( 0 ).getArray( "documents" ) ).hasSize( 3 )
				.allSatisfy( document -> assertThat( document.asDocument().getArray( "tags" ) ).hasSize( 4 ) );
	}

	@Test
	void persistingAnOwnerIsOneInsertHoldingItsCollections() {
		Playlist playlist = new Playlist( ids.incrementAndGet() );
		playlist.getTracks().addAll( List.of( "one", "two" ) );
		playlist.getTags().add( "rock" );
		playlist.getNotes().put( "mood", "loud" );

		Persistence.persist( factory, playlist );

		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		BsonDocument inserted = counter.writes().get( 0 ).getArray( "documents" ).get( 0 ).asDocument();
		assertThat( inserted.getArray( "genres" ) ).as( "the empty collection" ).isEmpty();
		assertThat( inserted.getArray( "tracks" ) ).hasSize( 2 );
		assertThat( inserted.getArray( "notes" ) ).containsExactly( BsonDocument.parse( "{k: 'mood', v: 'loud'}" ) );
	}

	@Test
	void anEagerCollectionLoadsWithItsOwnerInOneCommand() {
		Playlist playlist = persisted( 2 );
		Persistence.inTransaction( factory, em -> em.find( Playlist.class, playlist.getId() ).getGenres().add( "jazz" ) );
		counter.reset();

		Persistence.inTransaction( factory, em -> assertThat( em.find( Playlist.class, playlist.getId() ).getGenres() ).containsExactly( "jazz" ) );

		assertThat( counter.reads() ).hasSize( 1 );
		assertThat( counter.reads().get( 0 ).getDocument( "projection" ).containsKey( "genres" ) ).isTrue();
	}

	@Test
	void theCollectionsOfSeveralOwnersLoadInOneBatch() {
		List<Long> owners = List.of( persisted( 1 ).getId(), persisted( 1 ).getId(), persisted( 1 ).getId() );

		Persistence.inTransaction( factory, em -> em.createQuery( "from Playlist p where p.id in :ids", Playlist.class )
				.setParameter( "ids", owners ).getResultList().forEach( playlist -> assertThat( playlist.getTags() ).containsExactly( "rock" ) ) );

		assertThat( counter.reads().stream().filter( read -> read.getDocument( "projection" ).containsKey( "tags" ) ) ).hasSize( 1 );
	}

	@Test
	void deletingAnOwnerWithCollectionsSendsOneDelete() {
		Playlist playlist = persisted( 3 );

		Persistence.inTransaction( factory, em -> em.remove( em.find( Playlist.class, playlist.getId() ) ) );

		assertThat( counter.writes() ).extracting( BsonDocument::getFirstKey ).containsExactly( "delete" );
	}
}
