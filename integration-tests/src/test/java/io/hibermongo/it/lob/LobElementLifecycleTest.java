package io.hibermongo.it.lob;

import java.sql.Blob;
import java.time.Duration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.gridfs.OrphanSweep;
import io.hibermongo.gridfs.SweepReport;
import io.hibermongo.it.lob.model.Attachment;
import io.hibermongo.it.lob.model.Portfolio;
import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.hibermongo.it.lob.LobData.bytes;
import static io.hibermongo.it.lob.LobData.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * LOBs inside the elements of element collections: each is a GridFS file the element references, and
 * the file goes when the element does (removed, replaced, cleared, or its owner deleted).
 */
class LobElementLifecycleTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final AtomicLong ids = new AtomicLong();
	private static final CommandCounter counter = new CommandCounter();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), counter.properties( mongoServer.databaseName() ), Portfolio.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void elementLobsAreStoredAsFileReferencesAndReadBack() {
		long files = files();
		long id = persist( (portfolio, session) -> {
			portfolio.getAttachments().add( attachment( session, "a", 1 ) );
			portfolio.getPages().add( attachment( session, "p", 2 ) );
			portfolio.getThumbnails().add( bytes( 700, 3 ) );
		} );

		Document stored = document( id );
		Document attachment = stored.getList( "attachments", Document.class ).get( 0 );
		assertThat( attachment.get( "data" ) ).isInstanceOf( ObjectId.class );
		assertThat( attachment.get( "note" ) ).isInstanceOf( ObjectId.class );
		assertThat( attachment.get( "blob" ) ).isInstanceOf( ObjectId.class );
		assertThat( stored.getList( "thumbnails", Object.class ) ).singleElement().isInstanceOf( ObjectId.class );
		assertThat( files() ).isEqualTo( files + 7 );
		computeInTransaction( em -> {
			Portfolio read = em.find( Portfolio.class, id );
			Attachment a = read.getAttachments().get( 0 );
			assertThat( sha256( a.getData() ) ).isEqualTo( sha256( bytes( 1000, 1 ) ) );
			assertThat( a.getNote() ).isEqualTo( "note 1" );
			assertThat( sha256( blobBytes( a.getBlob() ) ) ).isEqualTo( sha256( bytes( 2000, 1 ) ) );
			assertThat( read.getPages().get( 0 ).getName() ).isEqualTo( "p" );
			assertThat( sha256( read.getThumbnails().get( 0 ) ) ).isEqualTo( sha256( bytes( 700, 3 ) ) );
			return null;
		} );
	}

	@Test
	void theElementsOfAPersistAreFoldedIntoItsOneInsert() {
		counter.reset();
		long id = persist( (portfolio, session) -> {
			portfolio.getAttachments().add( attachment( session, "a", 24 ) );
			portfolio.getPages().add( attachment( session, "p", 25 ) );
			portfolio.getThumbnails().add( bytes( 10, 26 ) );
		} );

		assertThat( counter.writes() ).filteredOn( command -> command.get( command.getFirstKey() ).equals( new BsonString( "Portfolio" ) ) )
				.extracting( BsonDocument::getFirstKey ).containsExactly( "insert" );
		assertThat( references( id, "attachments" ) ).hasSize( 3 ).allMatch( this::exists );
		assertThat( references( id, "pages" ) ).hasSize( 3 ).allMatch( this::exists );
	}

	@Test
	void removingABagElementDeletesItsFilesOnly() {
		long id = persist( (portfolio, session) -> {
			portfolio.getAttachments().add( attachment( session, "a", 4 ) );
			portfolio.getAttachments().add( attachment( session, "b", 5 ) );
		} );
		List<Object> before = references( id, "attachments" );
		long files = files();

		inTransaction( em -> em.find( Portfolio.class, id ).getAttachments().removeIf( a -> a.getName().equals( "a" ) ) );

		assertThat( files() ).isEqualTo( files - 3 );
		assertThat( references( id, "attachments" ) ).hasSize( 3 ).allMatch( this::exists );
		assertThat( before.subList( 0, 3 ) ).noneMatch( this::exists );
		assertThat( readBlob( id, em -> em.find( Portfolio.class, id ).getAttachments().get( 0 ) ) ).isEqualTo( sha256( bytes( 2000, 5 ) ) );
	}

	@Test
	void removingTheFirstPageShiftsTheOthersAndDeletesOnlyItsFiles() {
		long id = persist( (portfolio, session) -> {
			portfolio.getPages().add( attachment( session, "p1", 6 ) );
			portfolio.getPages().add( attachment( session, "p2", 7 ) );
			portfolio.getPages().add( attachment( session, "p3", 8 ) );
		} );
		List<Object> before = references( id, "pages" );
		long files = files();

		inTransaction( em -> em.find( Portfolio.class, id ).getPages().remove( 0 ) );

		assertThat( files() ).isEqualTo( files - 3 );
		assertThat( before.subList( 0, 3 ) ).noneMatch( this::exists );
		assertThat( references( id, "pages" ) ).hasSize( 6 ).allMatch( this::exists );
		assertThat( readBlob( id, em -> em.find( Portfolio.class, id ).getPages().get( 0 ) ) ).isEqualTo( sha256( bytes( 2000, 7 ) ) );
		assertThat( readBlob( id, em -> em.find( Portfolio.class, id ).getPages().get( 1 ) ) ).isEqualTo( sha256( bytes( 2000, 8 ) ) );
	}

	@Test
	void removingASetElementDeletesItsFilesOnly() {
		long id = persist( (portfolio, session) -> {
			portfolio.getDrafts().add( attachment( session, "d1", 27 ) );
			portfolio.getDrafts().add( attachment( session, "d2", 28 ) );
		} );
		long files = files();

		inTransaction( em -> em.find( Portfolio.class, id ).getDrafts().removeIf( a -> a.getName().equals( "d1" ) ) );

		assertThat( files() ).isEqualTo( files - 3 );
		assertThat( references( id, "drafts" ) ).hasSize( 3 ).allMatch( this::exists );
		assertThat( document( id ).getList( "drafts", Document.class ) ).singleElement()
				.extracting( draft -> draft.getString( "name" ) ).isEqualTo( "d2" );
	}

	@Test
	void aStatelessUpdateThatDropsAnElementDeletesItsFiles() {
		long id = persist( (portfolio, session) -> {
			portfolio.getPages().add( attachment( session, "p1", 29 ) );
			portfolio.getPages().add( attachment( session, "p2", 30 ) );
		} );
		long files = files();

		try ( StatelessSession session = factory.unwrap( SessionFactory.class ).openStatelessSession() ) {
			session.getTransaction().begin();
			Portfolio portfolio = session.get( Portfolio.class, id );
			session.fetch( portfolio.getPages() );
			session.fetch( portfolio.getAttachments() );
			session.fetch( portfolio.getThumbnails() );
			session.fetch( portfolio.getDrafts() );
			portfolio.getPages().remove( 0 );
			session.update( portfolio );
			session.getTransaction().commit();
		}

		assertThat( references( id, "pages" ) ).hasSize( 3 ).allMatch( this::exists );
		assertThat( files() ).isEqualTo( files - 3 );
	}

	@Test
	void replacingAnElementsLobDeletesTheOldFile() {
		long id = persist( (portfolio, session) -> portfolio.getPages().add( attachment( session, "p", 9 ) ) );
		Object oldData = document( id ).getList( "pages", Document.class ).get( 0 ).get( "data" );
		long files = files();

		inTransaction( em -> em.find( Portfolio.class, id ).getPages().get( 0 ).setData( bytes( 300, 10 ) ) );

		assertThat( exists( oldData ) ).isFalse();
		assertThat( files() ).isEqualTo( files );
		assertThat( references( id, "pages" ) ).hasSize( 3 ).allMatch( this::exists );
	}

	@Test
	void removingABasicLobElementDeletesItsFile() {
		long id = persist( (portfolio, session) -> {
			portfolio.getThumbnails().add( bytes( 10, 11 ) );
			portfolio.getThumbnails().add( bytes( 20, 12 ) );
		} );
		long files = files();

		inTransaction( em -> em.find( Portfolio.class, id ).getThumbnails().remove( 0 ) );

		assertThat( files() ).isEqualTo( files - 1 );
		assertThat( document( id ).getList( "thumbnails", Object.class ) ).singleElement().matches( this::exists );
	}

	@Test
	void clearingTheCollectionsDeletesAllTheirFiles() {
		long files = files();
		long id = persist( (portfolio, session) -> {
			portfolio.getAttachments().add( attachment( session, "a", 13 ) );
			portfolio.getPages().add( attachment( session, "p", 14 ) );
			portfolio.getThumbnails().add( bytes( 10, 15 ) );
		} );

		inTransaction( em -> {
			Portfolio portfolio = em.find( Portfolio.class, id );
			portfolio.getAttachments().clear();
			portfolio.getPages().clear();
			portfolio.getThumbnails().clear();
		} );

		assertThat( files() ).isEqualTo( files );
	}

	@Test
	void deletingTheOwnerDeletesItsElementsFiles() {
		long files = files();
		long id = persist( (portfolio, session) -> {
			portfolio.getAttachments().add( attachment( session, "a", 16 ) );
			portfolio.getPages().add( attachment( session, "p", 17 ) );
			portfolio.getThumbnails().add( bytes( 10, 18 ) );
		} );

		inTransaction( em -> em.remove( em.find( Portfolio.class, id ) ) );

		assertThat( files() ).isEqualTo( files );
	}

	@Test
	void aRejectedInsertLeavesNoNewFile() {
		long id = persist( (portfolio, session) -> portfolio.getPages().add( attachment( session, "p", 19 ) ) );
		long files = files();

		assertThatThrownBy( () -> inTransaction( em -> {
			Portfolio duplicate = new Portfolio( id );
			duplicate.getPages().add( attachment( em.unwrap( Session.class ), "dup", 20 ) );
			duplicate.getThumbnails().add( bytes( 10, 21 ) );
			em.persist( duplicate );
		} ) ).isInstanceOf( PersistenceException.class );

		assertThat( files() ).isEqualTo( files );
		assertThat( references( id, "pages" ) ).hasSize( 3 ).allMatch( this::exists );
	}

	@Test
	void theOrphanSweepKeepsElementFilesAndDeletesUnreferencedOnes() {
		long id = persist( (portfolio, session) -> {
			portfolio.getPages().add( attachment( session, "p", 22 ) );
			portfolio.getThumbnails().add( bytes( 10, 23 ) );
		} );
		List<Object> kept = new ArrayList<>( references( id, "pages" ) );
		kept.addAll( document( id ).getList( "thumbnails", Object.class ) );
		database().getCollection( "Portfolio" ).updateOne( new Document( "_id", id ), new Document( "$set", new Document( "pages", List.of() ) ) );
		List<Object> dropped = kept.subList( 0, 3 );

		SweepReport report = OrphanSweep.sweep( factory, Duration.ZERO );

		assertThat( report.deleted() ).containsAll( dropped );
		assertThat( dropped ).noneMatch( this::exists );
		assertThat( kept.get( 3 ) ).matches( this::exists );
	}

	@Test
	void elementLobsAreTestedForNullAndTheirContentIsNotCompared() {
		long id = persist( (portfolio, session) -> portfolio.getPages().add( new Attachment( "empty", null, "note", null ) ) );

		List<Long> withoutData = computeInTransaction( em -> em.createQuery(
				"select p.id from Portfolio p join p.pages a where a.data is null and a.note is not null and p.id = :id", Long.class )
				.setParameter( "id", id ).getResultList() );
		assertThat( withoutData ).containsExactly( id );
		assertThatThrownBy( () -> computeInTransaction( em -> em.createQuery(
				"select p.id from Portfolio p join p.pages a where a.note = 'note'", Long.class ).getResultList() ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Comparing the LOB column 'note'" );
	}

	private static Attachment attachment(Session session, String name, long seed) {
		return new Attachment( name, bytes( 1000, seed ), "note " + seed, session.getLobHelper().createBlob( bytes( 2000, seed ) ) );
	}

	private static byte[] blobBytes(Blob blob) {
		try {
			return blob.getBytes( 1, (int) blob.length() );
		}
		catch (SQLException e) {
			throw new AssertionError( e );
		}
	}

	private static String readBlob(long id, java.util.function.Function<EntityManager, Attachment> element) {
		return computeInTransaction( em -> sha256( blobBytes( element.apply( em ).getBlob() ) ) );
	}

	/** The file references of the elements of {@code array}, element by element: data, note, blob. */
	private static List<Object> references(long id, String array) {
		List<Object> references = new ArrayList<>();
		for ( Document element : document( id ).getList( array, Document.class ) ) {
			references.add( element.get( "data" ) );
			references.add( element.get( "note" ) );
			references.add( element.get( "blob" ) );
		}
		return references;
	}

	private boolean exists(Object file) {
		return LobData.fileExists( database(), "fs", file );
	}

	private static MongoDatabase database() {
		return mongoServer.database();
	}

	private static long files() {
		return LobData.files( database(), "fs" );
	}

	private static long persist(BiConsumer<Portfolio, Session> values) {
		long id = ids.incrementAndGet();
		inTransaction( em -> {
			Portfolio portfolio = new Portfolio( id );
			values.accept( portfolio, em.unwrap( Session.class ) );
			em.persist( portfolio );
		} );
		return id;
	}

	private static void inTransaction(Consumer<EntityManager> work) {
		Persistence.inTransaction( factory, work );
	}

	private static <T> T computeInTransaction(java.util.function.Function<EntityManager, T> work) {
		return Persistence.computeInTransaction( factory, work );
	}

	private static Document document(long id) {
		return database().getCollection( "Portfolio" ).find( new Document( "_id", id ) ).first();
	}
}
