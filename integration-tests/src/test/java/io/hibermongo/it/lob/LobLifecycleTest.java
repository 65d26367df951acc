package io.hibermongo.it.lob;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.mongodb.client.MongoDatabase;
import io.hibermongo.it.lob.model.Album;
import io.hibermongo.it.lob.model.Picture;
import io.hibermongo.it.lob.model.Record;
import io.hibermongo.it.lob.model.Scan;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.bson.Document;
import org.hibernate.Session;
import org.hibernate.engine.jdbc.proxy.ClobProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.hibermongo.it.lob.LobData.bytes;
import static io.hibermongo.it.lob.LobData.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GridFS files follow their documents: a replaced or removed value's file is deleted once the write
 * succeeded, and a write that fails leaves no new file behind and keeps the old one.
 */
class LobLifecycleTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final AtomicLong ids = new AtomicLong();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Record.class, Album.class, Picture.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void updatingTheValueStoresTheNewFileAndDeletesTheOld() {
		long id = persist( record -> record.setData( bytes( 1000, 1 ) ) );
		Object oldFile = field( id, "data" );
		long files = files();
		byte[] replacement = bytes( 3000, 2 );

		inTransaction( em -> em.find( Record.class, id ).setData( replacement ) );

		Object newFile = field( id, "data" );
		assertThat( newFile ).isNotEqualTo( oldFile );
		assertThat( LobData.fileExists( database(), "fs", oldFile ) ).isFalse();
		assertThat( LobData.fileExists( database(), "fs", newFile ) ).isTrue();
		assertThat( files() ).isEqualTo( files );
		assertThat( sha256( read( id ).getData() ) ).isEqualTo( sha256( replacement ) );
	}

	@Test
	void settingTheValueToNullDeletesItsFile() {
		long id = persist( record -> record.setData( bytes( 100, 3 ) ) );
		Object oldFile = field( id, "data" );

		inTransaction( em -> em.find( Record.class, id ).setData( null ) );

		assertThat( field( id, "data" ) ).isNull();
		assertThat( LobData.fileExists( database(), "fs", oldFile ) ).isFalse();
	}

	@Test
	void updatingAnotherAttributeKeepsTheStreamedBlobsFile() {
		long id = persist( ( record, session ) -> record.setBlob( session.getLobHelper().createBlob( bytes( 5000, 4 ) ) ) );
		Object blobFile = field( id, "blob" );

		inTransaction( em -> em.find( Record.class, id ).setName( "renamed" ) );

		assertThat( field( id, "blob" ) ).isEqualTo( blobFile );
		assertThat( LobData.fileExists( database(), "fs", blobFile ) ).isTrue();
	}

	@Test
	void removingTheEntityDeletesAllItsFiles() {
		long id = persist( record -> {
			record.setData( bytes( 10, 5 ) );
			record.setText( "text" );
			record.setScan( new Scan( "scan", bytes( 20, 6 ) ) );
			record.setPhoto( bytes( 30, 7 ) );
		} );
		Document stored = document( id );
		long chunks = LobData.chunks( database(), "fs" );

		inTransaction( em -> em.remove( em.find( Record.class, id ) ) );

		assertThat( LobData.fileExists( database(), "fs", stored.get( "data" ) ) ).isFalse();
		assertThat( LobData.fileExists( database(), "fs", stored.get( "text" ) ) ).isFalse();
		assertThat( LobData.fileExists( database(), "fs", stored.get( "scan", Document.class ).get( "image" ) ) ).isFalse();
		assertThat( LobData.fileExists( database(), "photos", stored.get( "photo" ) ) ).isFalse();
		assertThat( LobData.chunks( database(), "fs" ) ).isEqualTo( chunks - 3 );
	}

	@Test
	void bulkDeleteDeletesTheFilesOfTheMatchedDocumentsOnly() {
		long kept = persist( record -> {
			record.setName( "bulk keep" );
			record.setData( bytes( 10, 8 ) );
		} );
		long first = persist( record -> {
			record.setName( "bulk drop" );
			record.setData( bytes( 10, 9 ) );
		} );
		long second = persist( record -> {
			record.setName( "bulk drop" );
			record.setText( "dropped" );
		} );
		Object keptFile = field( kept, "data" );
		Object firstFile = field( first, "data" );
		Object secondFile = field( second, "text" );

		int deleted = computeInTransaction( em -> em.createQuery( "delete from Record r where r.name = 'bulk drop'" ).executeUpdate() );

		assertThat( deleted ).isEqualTo( 2 );
		assertThat( LobData.fileExists( database(), "fs", firstFile ) ).isFalse();
		assertThat( LobData.fileExists( database(), "fs", secondFile ) ).isFalse();
		assertThat( LobData.fileExists( database(), "fs", keptFile ) ).isTrue();
	}

	@Test
	void bulkUpdateToNullDeletesTheReplacedFiles() {
		long id = persist( record -> {
			record.setName( "bulk null" );
			record.setData( bytes( 10, 10 ) );
		} );
		Object file = field( id, "data" );

		inTransaction( em -> em.createQuery( "update Record r set r.data = null where r.name = 'bulk null'" ).executeUpdate() );

		assertThat( LobData.fileExists( database(), "fs", file ) ).isFalse();
	}

	@Test
	void removingAnElementFromAnOrphanRemovingCollectionDeletesItsFile() {
		long albumId = ids.incrementAndGet();
		long pictureId = ids.incrementAndGet();
		inTransaction( em -> {
			Album album = new Album( albumId );
			album.add( new Picture( pictureId, bytes( 100, 11 ) ) );
			album.add( new Picture( ids.incrementAndGet(), bytes( 100, 12 ) ) );
			em.persist( album );
		} );
		Object file = database().getCollection( "Picture" ).find( new Document( "_id", pictureId ) ).first().get( "pixels" );

		inTransaction( em -> em.find( Album.class, albumId ).getPictures().removeIf( picture -> picture.getId() == pictureId ) );

		assertThat( LobData.fileExists( database(), "fs", file ) ).isFalse();
	}

	@Test
	void aDuplicateKeyInsertLeavesNoNewFile() {
		long id = persist( record -> record.setData( bytes( 10, 13 ) ) );
		long files = files();

		assertThatThrownBy( () -> inTransaction( em -> {
			Record duplicate = new Record( id, "duplicate" );
			duplicate.setData( bytes( 5000, 14 ) );
			em.persist( duplicate );
		} ) ).isInstanceOf( PersistenceException.class );

		assertThat( files() ).isEqualTo( files );
	}

	@Test
	void anOptimisticLockFailureLeavesNoNewFileAndKeepsTheOld() {
		long id = persist( record -> record.setData( bytes( 10, 15 ) ) );
		long files = files();
		try ( EntityManager stale = factory.createEntityManager() ) {
			stale.getTransaction().begin();
			Record staleRecord = stale.find( Record.class, id );
			inTransaction( em -> em.find( Record.class, id ).setName( "changed meanwhile" ) );
			Object current = field( id, "data" );
			staleRecord.setData( bytes( 5000, 16 ) );

			assertThatThrownBy( stale::flush ).isInstanceOf( OptimisticLockException.class );
			stale.getTransaction().rollback();

			assertThat( field( id, "data" ) ).isEqualTo( current );
			assertThat( LobData.fileExists( database(), "fs", current ) ).isTrue();
		}
		assertThat( files() ).isEqualTo( files );
	}

	@Test
	void aValueFailingWhileBoundLeavesNoFileOfTheOtherValues() {
		long files = files();
		long chunks = LobData.chunks( database(), "fs" );

		assertThatThrownBy( () -> persist( record -> {
			record.setData( bytes( 3000, 17 ) );
			record.setClob( ClobProxy.generateProxy( failingReader(), 100 ) );
		} ) ).isInstanceOf( PersistenceException.class );

		assertThat( files() ).isEqualTo( files );
		assertThat( LobData.chunks( database(), "fs" ) ).isEqualTo( chunks );
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void aRolledBackTransactionRemovesTheNewFileAndKeepsTheOld() {
		long id = persist( record -> record.setData( bytes( 10, 18 ) ) );
		Object oldFile = field( id, "data" );
		long files = files();

		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			em.find( Record.class, id ).setData( bytes( 5000, 19 ) );
			em.flush();
			em.getTransaction().rollback();
		}

		assertThat( field( id, "data" ) ).isEqualTo( oldFile );
		assertThat( LobData.fileExists( database(), "fs", oldFile ) ).isTrue();
		assertThat( files() ).isEqualTo( files );
	}

	@Test
	@RequiresRealServer("MongoDB transactions")
	void aRolledBackPersistLeavesNoFile() {
		long files = files();
		long chunks = LobData.chunks( database(), "fs" );
		long id = ids.incrementAndGet();

		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			Record record = new Record( id, "rolled back " + id );
			record.setData( bytes( 300_000, 23 ) );
			em.persist( record );
			em.flush();
			em.getTransaction().rollback();
		}

		assertThat( files() ).isEqualTo( files );
		assertThat( LobData.chunks( database(), "fs" ) ).isEqualTo( chunks );
	}

	/** A reader whose content fails half-way, like a network stream that breaks. */
	private static Reader failingReader() {
		return new Reader() {
			private int served;

			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				if ( served > 50 ) {
					throw new IOException( "the source broke" );
				}
				served += 10;
				java.util.Arrays.fill( buffer, offset, offset + 10, 'x' );
				return 10;
			}

			@Override
			public void close() {
			}
		};
	}

	private static MongoDatabase database() {
		return mongoServer.database();
	}

	private static long files() {
		return LobData.files( database(), "fs" );
	}

	private long persist(Consumer<Record> values) {
		return persist( ( record, session ) -> values.accept( record ) );
	}

	private long persist(java.util.function.BiConsumer<Record, Session> values) {
		long id = ids.incrementAndGet();
		inTransaction( em -> {
			Record record = new Record( id, "record " + id );
			values.accept( record, em.unwrap( Session.class ) );
			em.persist( record );
		} );
		return id;
	}

	private static void inTransaction(Consumer<EntityManager> work) {
		Persistence.inTransaction( factory, work );
	}

	private static <T> T computeInTransaction(java.util.function.Function<EntityManager, T> work) {
		return Persistence.computeInTransaction( factory, work );
	}

	private static Record read(long id) {
		try ( EntityManager em = factory.createEntityManager() ) {
			return em.find( Record.class, id );
		}
	}

	private static Document document(long id) {
		return database().getCollection( "Record" ).find( new Document( "_id", id ) ).first();
	}

	private static Object field(long id, String name) {
		return document( id ).get( name );
	}
}
