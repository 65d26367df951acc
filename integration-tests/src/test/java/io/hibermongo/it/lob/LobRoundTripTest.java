package io.hibermongo.it.lob;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import io.hibermongo.it.lob.model.Letters;
import io.hibermongo.it.lob.model.Record;
import io.hibermongo.it.lob.model.Scan;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.hibermongo.it.lob.LobData.CHUNK;
import static io.hibermongo.it.lob.LobData.bytes;
import static io.hibermongo.it.lob.LobData.sha256;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LOB values of every supported kind go into GridFS and come back byte for byte; the document holds the
 * file id.
 */
class LobRoundTripTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final AtomicLong ids = new AtomicLong();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Record.class, Letters.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * 1024 * 1024 })
	void lobByteArrayRoundTripsByteForByte(int size) {
		byte[] data = bytes( size, size );
		long id = persist( record -> record.setData( data ) );

		byte[] read = read( id, Record::getData );

		assertThat( sha256( read ) ).isEqualTo( sha256( data ) );
	}

	@Test
	void theDocumentHoldsTheFileIdOfTheBytes() {
		byte[] data = bytes( 1000, 7 );
		long id = persist( record -> record.setData( data ) );

		Object fileId = document( id ).get( "data" );

		assertThat( fileId ).isInstanceOf( ObjectId.class );
		assertThat( LobData.fileExists( mongoServer.database(), "fs", fileId ) ).isTrue();
		assertThat( mongoServer.database().getCollection( "fs.files" ).find( new Document( "_id", fileId ) ).first().getLong( "length" ) )
				.isEqualTo( 1000 );
	}

	@Test
	void lobStringRoundTripsWithItsCharacters() {
		String text = "Grüße, 世界 🌍 ".repeat( 30_000 );
		long id = persist( record -> record.setText( text ) );

		assertThat( read( id, Record::getText ) ).isEqualTo( text );
	}

	@Test
	void blobMadeFromAStreamRoundTripsAndKnowsItsLength() {
		byte[] data = bytes( 3 * CHUNK + 17, 11 );
		long id = persist( ( record, session ) -> record.setBlob(
				session.getLobHelper().createBlob( new ByteArrayInputStream( data ), data.length ) ) );

		try ( EntityManager em = factory.createEntityManager() ) {
			Record found = em.find( Record.class, id );
			assertThat( read( () -> found.getBlob().length() ) ).isEqualTo( data.length );
			assertThat( LobData.sha256Of( read( () -> found.getBlob().getBinaryStream() ) ) ).isEqualTo( sha256( data ) );
		}
	}

	@Test
	void clobMadeFromAStringRoundTripsAndKnowsItsLength() {
		String text = "ünïcödé ".repeat( 100_000 );
		long id = persist( ( record, session ) -> record.setClob( session.getLobHelper().createClob( text ) ) );

		try ( EntityManager em = factory.createEntityManager() ) {
			Record found = em.find( Record.class, id );
			assertThat( read( () -> found.getClob().length() ) ).isEqualTo( text.length() );
			assertThat( read( () -> found.getClob().getSubString( 1, (int) found.getClob().length() ) ) ).isEqualTo( text );
		}
	}

	@Test
	void lobInsideAnEmbeddableRoundTrips() {
		byte[] image = bytes( CHUNK * 2, 3 );
		long id = persist( record -> record.setScan( new Scan( "front", image ) ) );

		assertThat( sha256( read( id, record -> record.getScan().getImage() ) ) ).isEqualTo( sha256( image ) );
		assertThat( document( id ).get( "scan", Document.class ).get( "image" ) ).isInstanceOf( ObjectId.class );
	}

	@Test
	void lazyLobRoundTrips() {
		byte[] preview = bytes( 4096, 5 );
		long id = persist( record -> record.setPreview( preview ) );

		assertThat( read( id, Record::getPreview ) ).isEqualTo( preview );
	}

	@Test
	void annotatedAttributeIsStoredInItsOwnBucket() {
		long before = LobData.files( mongoServer.database(), "photos" );
		byte[] photo = bytes( 2048, 9 );
		long id = persist( record -> record.setPhoto( photo ) );

		assertThat( read( id, Record::getPhoto ) ).isEqualTo( photo );
		assertThat( LobData.files( mongoServer.database(), "photos" ) ).isEqualTo( before + 1 );
		assertThat( LobData.fileExists( mongoServer.database(), "photos", document( id ).get( "photo" ) ) ).isTrue();
	}

	@Test
	void nullLobStoresNoFileAndNoField() {
		long files = LobData.files( mongoServer.database(), "fs" );
		long id = persist( record -> record.setName( "empty" ) );

		assertThat( LobData.files( mongoServer.database(), "fs" ) ).isEqualTo( files );
		assertThat( document( id ) ).doesNotContainKeys( "data", "text", "blob", "clob", "preview", "photo" );
		assertThat( read( id, Record::getData ) ).isNull();
	}

	@Test
	void wrapperBytesCharactersAndNClobRoundTrip() {
		Byte[] boxed = { 1, -2, 3 };
		char[] characters = "čšž".repeat( 1000 ).toCharArray();
		long id = ids.incrementAndGet();
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			em.persist( new Letters( id, boxed, characters,
					em.unwrap( Session.class ).getLobHelper().createNClob( "ñ national" ) ) );
			em.getTransaction().commit();
		}

		try ( EntityManager em = factory.createEntityManager() ) {
			Letters found = em.find( Letters.class, id );
			assertThat( found.getBoxed() ).containsExactly( boxed );
			assertThat( found.getCharacters() ).isEqualTo( characters );
			assertThat( read( () -> found.getNational().getSubString( 1, 10 ) ) ).isEqualTo( "ñ national" );
		}
	}

	private long persist(Consumer<Record> values) {
		return persist( ( record, session ) -> values.accept( record ) );
	}

	private long persist(java.util.function.BiConsumer<Record, Session> values) {
		long id = ids.incrementAndGet();
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			Record record = new Record( id, "record " + id );
			values.accept( record, em.unwrap( Session.class ) );
			em.persist( record );
			em.getTransaction().commit();
		}
		return id;
	}

	private static <T> T read(long id, Function<Record, T> attribute) {
		try ( EntityManager em = factory.createEntityManager() ) {
			return attribute.apply( em.find( Record.class, id ) );
		}
	}

	private static Document document(long id) {
		return mongoServer.database().getCollection( "Record" ).find( new Document( "_id", id ) ).first();
	}

	private static <T> T read(SqlCall<T> call) {
		try {
			return call.call();
		}
		catch (java.sql.SQLException e) {
			throw new AssertionError( e );
		}
	}

	private interface SqlCall<T> {
		T call() throws java.sql.SQLException;
	}
}
