package io.hibermongo.it.nativequery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Indexes;
import io.hibermongo.dialect.MongoAccess;
import io.hibermongo.dialect.QueryExplanation;
import io.hibermongo.it.nativequery.model.Article;
import io.hibermongo.it.nativequery.model.Byline;
import io.hibermongo.it.nativequery.model.Contact;
import io.hibermongo.it.nativequery.model.Publisher;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.Condition;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Hibernate's slow query log and statistics with MQL, and the explain helper. */
class QueryVisibilityTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final String SLOW = "{aggregate: 'Reading', pipeline: [{$sort: {value: -1}}, {$group: {_id: '$group', n: {$sum: 1}}}, {$sort: {_id: 1}}]}";

	private static EntityManagerFactory factory;
	private static ObjectId tides;

	@BeforeAll
	static void storeData() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.LOG_SLOW_QUERY, 1L,
				AvailableSettings.GENERATE_STATISTICS, true ), Article.class, Publisher.class );
		Article article = new Article( "Tides", 40, LocalDate.of( 2024, 1, 5 ), new Byline( "Ann", new Contact( "ann@example.com", "Oslo" ) ), null );
		tides = Persistence.persist( factory, article ).getId();
		Persistence.persist( factory, new Article( "Moons", 10, LocalDate.of( 2024, 2, 5 ), null, null ) );
		List<Document> readings = new ArrayList<>();
		for ( int i = 0; i < 20_000; i++ ) {
			readings.add( new Document( "value", i ).append( "group", i % 7 ) );
		}
		mongoServer.database().getCollection( "Reading" ).insertMany( readings );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	private static Statistics statistics() {
		return factory.unwrap( SessionFactory.class ).getStatistics();
	}

	@Test
	void theSlowQueryLogShowsTheMql() {
		List<?> groups = factory.callInTransaction( em -> em.createNativeQuery( SLOW ).getResultList() );

		assertThat( groups ).hasSize( 7 );
		assertThat( statistics().getSlowQueries() ).hasKeySatisfying( new Condition<>(
				sql -> sql.contains( "aggregate: 'Reading', pipeline: [{$sort: {value: -1}}" ), "the native MQL" ) );
	}

	@Test
	void statisticsCountNativeAndTranslatedQueries() {
		statistics().clear();

		factory.runInTransaction( em -> {
			em.createNativeQuery( "{find: 'Article', filter: {views: {$gt: 5}}}", Article.class ).getResultList();
			em.createQuery( "from Article where views > 5", Article.class ).getResultList();
		} );

		assertThat( statistics().getQueryExecutionCount() ).isEqualTo( 2 );
		assertThat( statistics().getQueries() ).contains( "{/* native */ find: 'Article', filter: {views: {$gt: 5}}}", "from Article where views > 5" );
		assertThat( statistics().getPrepareStatementCount() ).isEqualTo( 2 );
		// the second query finds both articles already loaded in the persistence context
		assertThat( statistics().getEntityLoadCount() ).isEqualTo( 2 );
	}

	@Test
	void explainNeedsARealServerAndSaysSo() {
		assumeTrue( TestServer.isEmbedded(), "a real server explains" );

		assertThatThrownBy( () -> factory.callInTransaction( em -> MongoAccess.of( em )
				.explain( "from Article a where a.headline = :headline", Map.of( "headline", "Tides" ) ) ) )
				.isInstanceOf( UnsupportedOperationException.class )
				.hasMessageContaining( "has no explain command" )
				.hasMessageContaining( "\"filter\": {\"headline\": \"Tides\"}" );
	}

	@Test
	@RequiresRealServer("the explain command (mongo-java-server has none)")
	void explainTellsAnIndexFromACollectionScan() {
		factory.runInTransaction( em -> {
			MongoAccess mongo = MongoAccess.of( em );
			QueryExplanation unindexed = mongo.explain( "from Article a where a.headline = :headline", Map.of( "headline", "Tides" ) );
			mongo.collection( Article.class ).createIndex( Indexes.ascending( "headline" ) );
			QueryExplanation indexed = mongo.explain( "from Article a where a.headline = :headline", Map.of( "headline", "Tides" ) );
			QueryExplanation byId = mongo.explain( em.createNativeQuery( "{find: 'Article', filter: {_id: ?1}}", Article.class ).setParameter( 1, tides ) );
			mongo.collection( Article.class ).dropIndex( Indexes.ascending( "headline" ) );

			assertThat( unindexed.scansCollection() ).isTrue();
			assertThat( unindexed.usesIndex() ).isFalse();
			assertThat( indexed.usesIndex() ).isTrue();
			assertThat( indexed.command().getDocument( "filter" ).getString( "headline" ).getValue() ).isEqualTo( "Tides" );
			assertThat( byId.usesIndex() ).isTrue();
		} );
	}
}
