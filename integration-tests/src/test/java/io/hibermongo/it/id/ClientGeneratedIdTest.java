package io.hibermongo.it.id;

import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import io.hibermongo.it.id.model.Comment;
import io.hibermongo.it.id.model.Photo;
import io.hibermongo.it.id.model.Session;
import io.hibermongo.it.id.model.Upload;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.UuidRepresentation;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids generated on the client, with no counter: ObjectId, ObjectId hex strings and UUIDs. */
class ClientGeneratedIdTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Photo.class, Comment.class, Upload.class, Session.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void generatedObjectIdIsAssignedOnPersistAndStoredAsAnObjectId() {
		Photo photo = Persistence.persist( factory, new Photo( "sunset" ) );

		assertThat( photo.getId() ).isNotNull();
		BsonDocument stored = stored( "Photo", photo.getId() );
		assertThat( stored.get( "_id" ).isObjectId() ).isTrue();
		assertThat( stored.getObjectId( "_id" ).getValue() ).isEqualTo( photo.getId() );
		assertThat( find( Photo.class, photo.getId() ).getCaption() ).isEqualTo( "sunset" );
	}

	@Test
	void generatedStringIdIsTheHexOfANewObjectId() {
		Comment comment = Persistence.persist( factory, new Comment( "first!" ) );

		assertThat( ObjectId.isValid( comment.getId() ) ).isTrue();
		assertThat( stored( "Comment", comment.getId() ).getString( "body" ).getValue() ).isEqualTo( "first!" );
		assertThat( find( Comment.class, comment.getId() ).getBody() ).isEqualTo( "first!" );
	}

	@Test
	void uuidStrategyStoresAStandardBinaryUuid() {
		Upload upload = Persistence.persist( factory, new Upload( "report.pdf" ) );

		BsonDocument stored = stored( "Upload", upload.getId() );
		assertThat( stored.get( "_id" ).isBinary() ).isTrue();
		assertThat( stored.getBinary( "_id" ).getType() ).isEqualTo( BsonBinarySubType.UUID_STANDARD.getValue() );
		assertThat( find( Upload.class, upload.getId() ).getFileName() ).isEqualTo( "report.pdf" );
	}

	@Test
	void uuidStrategyOnAStringStoresTheUuidText() {
		Session session = Persistence.persist( factory, new Session( "ada" ) );

		assertThat( UUID.fromString( session.getId() ).toString() ).isEqualTo( session.getId() );
		assertThat( stored( "LoginSession", session.getId() ) ).isNotNull();
	}

	@Test
	void eachPersistGetsAFreshObjectId() {
		Photo first = Persistence.persist( factory, new Photo( "a" ) );
		Photo second = Persistence.persist( factory, new Photo( "b" ) );

		assertThat( first.getId() ).isNotEqualTo( second.getId() );
	}


	private static <E> E find(Class<E> type, Object id) {
		EntityManager em = factory.createEntityManager();
		try {
			return em.find( type, id );
		}
		finally {
			em.close();
		}
	}

	private static BsonDocument stored(String collection, Object id) {
		Object key = id instanceof UUID uuid ? new BsonBinary( uuid, UuidRepresentation.STANDARD ) : id;
		return mongoServer.database().getCollection( collection, BsonDocument.class ).find( Filters.eq( "_id", key ) ).first();
	}
}
