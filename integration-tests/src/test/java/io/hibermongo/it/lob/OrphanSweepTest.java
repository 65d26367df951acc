package io.hibermongo.it.lob;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import io.hibermongo.gridfs.OrphanSweep;
import io.hibermongo.gridfs.SweepReport;
import io.hibermongo.it.lob.model.Record;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The orphan sweep deletes LOB files that no document references, and nothing else: not referenced
 * files, not recent uploads, not files that Hibermongo did not write.
 */
class OrphanSweepTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;
	private static GridFSBucket bucket;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Record.class );
		bucket = GridFSBuckets.create( mongoServer.database() );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void sweepDeletesUnreferencedLobFilesAndKeepsTheOthers() {
		ObjectId orphan = upload( new Document( "lob", "blob" ) );
		ObjectId foreign = upload( new Document( "owner", "someone else" ) );
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			Record record = new Record( 1L, "referenced" );
			record.setData( new byte[] { 1, 2, 3 } );
			em.persist( record );
			em.getTransaction().commit();
		}
		Object referenced = mongoServer.database().getCollection( "Record" ).find( new Document( "_id", 1L ) ).first().get( "data" );

		SweepReport report = OrphanSweep.sweep( factory, Duration.ZERO );

		assertThat( report.deleted() ).contains( orphan ).doesNotContain( foreign, referenced );
		assertThat( report.examined() ).isGreaterThanOrEqualTo( 2 );
		assertThat( LobData.fileExists( mongoServer.database(), "fs", orphan ) ).isFalse();
		assertThat( mongoServer.database().getCollection( "fs.chunks" ).countDocuments( new Document( "files_id", orphan ) ) ).isZero();
		assertThat( LobData.fileExists( mongoServer.database(), "fs", foreign ) ).isTrue();
		assertThat( LobData.fileExists( mongoServer.database(), "fs", referenced ) ).isTrue();
	}

	@Test
	void sweepLeavesFilesYoungerThanTheMinimumAge() {
		ObjectId recent = upload( new Document( "lob", "blob" ) );

		SweepReport report = OrphanSweep.sweep( factory, Duration.ofHours( 1 ) );

		assertThat( report.deleted() ).doesNotContain( recent );
		assertThat( LobData.fileExists( mongoServer.database(), "fs", recent ) ).isTrue();
	}

	@Test
	void negativeMinimumAgeIsRefused() {
		assertThatThrownBy( () -> OrphanSweep.sweep( factory, Duration.ofSeconds( -1 ) ) )
				.isInstanceOf( IllegalArgumentException.class ).hasMessageContaining( "minimum age" );
	}

	private static ObjectId upload(Document metadata) {
		return bucket.uploadFromStream( "file", new ByteArrayInputStream( new byte[] { 9 } ),
				new GridFSUploadOptions().metadata( metadata ) );
	}
}
