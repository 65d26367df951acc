package io.hibermongo.it.nativequery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.hibermongo.dialect.MongoAccess;
import io.hibermongo.it.nativequery.model.Address;
import io.hibermongo.it.nativequery.model.Article;
import io.hibermongo.it.nativequery.model.Byline;
import io.hibermongo.it.nativequery.model.Contact;
import io.hibermongo.it.nativequery.model.Note;
import io.hibermongo.it.nativequery.model.Publisher;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Typed driver access next to the ORM: collections by entity class, the ORM's ClientSession, aggregate to entities. */
class MongoAccessTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Article.class, Publisher.class, Note.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@BeforeEach
	void articlesOfTwoPublishers() {
		mongoServer.database().getCollection( "Article" ).deleteMany( new Document() );
		mongoServer.database().getCollection( "Publisher" ).deleteMany( new Document() );
		Persistence.inTransaction( factory, em -> {
			Publisher penguin = new Publisher( 1L, "Penguin", new Address( "London", "UK" ) );
			Publisher gallimard = new Publisher( 2L, "Gallimard", new Address( "Paris", "FR" ) );
			em.persist( penguin );
			em.persist( gallimard );
			em.persist( article( "Tides", 40, penguin ) );
			em.persist( article( "Moons", 10, gallimard ) );
			em.persist( article( "Comets", 25, penguin ) );
		} );
	}

	private static Article article(String headline, int views, Publisher publisher) {
		return new Article( headline, views, LocalDate.of( 2024, 1, 1 ), new Byline( "Ann", new Contact( "ann@example.com", "Oslo" ) ), publisher );
	}

	/** A driver write on the ORM's session when there is one: the embedded server has none. */
	private static void incrementViews(MongoAccess mongo, String headline) {
		MongoCollection<Document> articles = mongo.collection( Article.class );
		ClientSession session = mongo.clientSession();
		if ( session == null ) {
			articles.updateOne( Filters.eq( "headline", headline ), Updates.inc( "views", 1 ) );
		}
		else {
			articles.updateOne( session, Filters.eq( "headline", headline ), Updates.inc( "views", 1 ) );
		}
	}

	@Test
	void theCollectionIsTheOneTheMappingNames() {
		Persistence.persist( factory, new Note( 1L, "check the dates" ) );

		factory.runInTransaction( em -> {
			MongoAccess mongo = MongoAccess.of( em );

			assertThat( mongo.collectionName( Note.class ) ).isEqualTo( Note.COLLECTION );
			assertThat( mongo.collection( Note.class ).find().first().getString( "text" ) ).isEqualTo( "check the dates" );
			assertThat( mongo.database().getName() ).isEqualTo( mongoServer.databaseName() );
		} );
	}

	@Test
	void pendingChangesAreFlushedBeforeTheCollectionIsHandedOut() {
		long seen = factory.callInTransaction( em -> {
			em.persist( article( "Fresh", 1, null ) );
			return MongoAccess.of( em ).collection( Article.class ).countDocuments( Filters.eq( "headline", "Fresh" ) );
		} );

		assertThat( seen ).isEqualTo( 1 );
	}

	@Test
	void aRawWriteAndTheOrmSeeEachOtherInOneTransaction() {
		int viewsSeenByTheOrm = factory.callInTransaction( em -> {
			Article tides = em.createQuery( "from Article where headline = 'Tides'", Article.class ).getSingleResult();
			tides.setViews( 50 );
			incrementViews( MongoAccess.of( em ), "Tides" );
			em.refresh( tides );
			return tides.getViews();
		} );

		assertThat( viewsSeenByTheOrm ).isEqualTo( 51 );
		assertThat( mongoServer.database().getCollection( "Article" ).find( Filters.eq( "headline", "Tides" ) ).first().getInteger( "views" ) )
				.isEqualTo( 51 );
	}

	@Test
	@RequiresRealServer("transactions (the embedded server has no sessions, so raw writes there run on their own)")
	void aRawWriteRollsBackWithTheOrmTransaction() {
		EntityManager em = factory.createEntityManager();
		try {
			em.getTransaction().begin();
			em.persist( article( "Doomed", 0, null ) );
			MongoAccess mongo = MongoAccess.of( em );
			assertThat( mongo.clientSession().hasActiveTransaction() ).isTrue();
			incrementViews( mongo, "Tides" );
			em.getTransaction().rollback();
		}
		finally {
			em.close();
		}

		MongoCollection<Document> articles = mongoServer.database().getCollection( "Article" );
		assertThat( articles.find( Filters.eq( "headline", "Tides" ) ).first().getInteger( "views" ) ).isEqualTo( 40 );
		assertThat( articles.countDocuments( Filters.eq( "headline", "Doomed" ) ) ).isZero();
	}

	@Test
	void theClientSessionIsNullOutsideATransactionAndWithoutServerSessions() {
		EntityManager em = factory.createEntityManager();
		try {
			assertThat( MongoAccess.of( em ).clientSession() ).isNull();
		}
		finally {
			em.close();
		}
		assumeTrue( TestServer.isEmbedded(), "a real server has sessions" );
		factory.runInTransaction( inTransaction -> assertThat( MongoAccess.of( inTransaction ).clientSession() ).isNull() );
	}

	@Test
	void aggregateReturnsManagedEntitiesWithTheirEmbeddables() {
		factory.runInTransaction( em -> {
			List<Article> penguins = MongoAccess.of( em ).aggregate( Article.class, List.of(
					Aggregates.lookup( "Publisher", "publisher_id", "_id", "house" ),
					Aggregates.match( Filters.eq( "house.name", "Penguin" ) ),
					Aggregates.sort( Sorts.descending( "views" ) ) ) );

			assertThat( penguins ).extracting( Article::getHeadline ).containsExactly( "Tides", "Comets" );
			assertThat( penguins.get( 0 ).getByline().getContact().getCity() ).isEqualTo( "Oslo" );
			assertThat( em.contains( penguins.get( 0 ) ) ).isTrue();
		} );
	}

	@Test
	void aSessionAndAStatelessSessionGiveTheSameAccess() {
		SessionFactory sessionFactory = factory.unwrap( SessionFactory.class );
		List<String> throughSession = sessionFactory.fromTransaction( session -> MongoAccess.of( session )
				.aggregate( Article.class, List.of( Aggregates.sort( Sorts.ascending( "views" ) ) ) )
				.stream().map( Article::getHeadline ).toList() );
		try ( StatelessSession stateless = sessionFactory.openStatelessSession() ) {
			MongoAccess mongo = MongoAccess.of( stateless );
			List<Article> popular = mongo.aggregate( Article.class, List.of( Aggregates.match( Filters.gt( "views", 20 ) ),
					Aggregates.sort( Sorts.ascending( "views" ) ) ) );

			assertThat( popular ).extracting( Article::getHeadline ).containsExactly( "Comets", "Tides" );
			assertThat( mongo.collection( Article.class ).countDocuments() ).isEqualTo( 3 );
		}
		assertThat( throughSession ).containsExactly( "Moons", "Comets", "Tides" );
	}

	@Test
	void aSessionOfAnotherDialectIsRefused() {
		try ( EntityManagerFactory h2 = Persistence.h2( Note.class ); EntityManager em = h2.createEntityManager() ) {
			assertThatThrownBy( () -> MongoAccess.of( em ) )
					.isInstanceOf( IllegalArgumentException.class )
					.hasMessageContaining( "MongoDialect" );
		}
	}
}
