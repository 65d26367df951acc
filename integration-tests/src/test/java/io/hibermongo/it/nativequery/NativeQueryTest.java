package io.hibermongo.it.nativequery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hibermongo.it.nativequery.model.Address;
import io.hibermongo.it.nativequery.model.Article;
import io.hibermongo.it.nativequery.model.Byline;
import io.hibermongo.it.nativequery.model.Contact;
import io.hibermongo.it.nativequery.model.Draft;
import io.hibermongo.it.nativequery.model.HeadlineViews;
import io.hibermongo.it.nativequery.model.Publisher;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Native MQL read through standard JPA: entity results read by the document layout, {@code $lookup}
 * output mapped to entities, scalars, tuples, DTOs, named native queries, and parameters that stay values.
 */
class NativeQueryTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final String INJECTION_SHAPED = "{\"$gt\": \"\"}";

	private static EntityManagerFactory factory;
	private static ObjectId bare;

	@BeforeAll
	static void storeArticles() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Article.class, Publisher.class );
		Publisher penguin = new Publisher( 1L, "Penguin", new Address( "London", "UK" ) );
		Publisher gallimard = new Publisher( 2L, "Gallimard", new Address( "Paris", "FR" ) );
		Contact ann = new Contact( "ann@example.com", "Oslo" );
		Persistence.inTransaction( factory, em -> {
			em.persist( penguin );
			em.persist( gallimard );
			Article tides = new Article( "Tides", 40, LocalDate.of( 2024, 1, 5 ), new Byline( "Ann", ann ), penguin );
			tides.getTags().addAll( List.of( "sea", "moon" ) );
			em.persist( tides );
			em.persist( new Article( "Moons", 10, LocalDate.of( 2024, 2, 5 ), new Byline( "Bob", new Contact( "bob@example.com", "Rome" ) ), gallimard ) );
			em.persist( new Article( "Comets", 25, LocalDate.of( 2024, 3, 5 ), new Byline( "Ann", ann ), penguin ) );
			em.persist( new Article( INJECTION_SHAPED, 1, LocalDate.of( 2024, 4, 1 ), null, null ) );
		} );
		bare = new ObjectId();
		mongoServer.database().getCollection( "Article" ).insertOne( new Document( "_id", bare ).append( "headline", "Bare" ).append( "views", 0 ) );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	private static <T> T inTransaction(Function<EntityManager, T> work) {
		return factory.callInTransaction( work );
	}

	private static List<String> headlines(List<Article> articles) {
		return articles.stream().map( Article::getHeadline ).toList();
	}

	@Test
	void entityResultReadsNestedEmbeddablesThroughTheDocumentLayout() {
		inTransaction( em -> {
			Article tides = (Article) em.createNativeQuery( "{aggregate: 'Article', pipeline: [{$match: {headline: :headline}}]}", Article.class )
					.setParameter( "headline", "Tides" )
					.getSingleResult();

			assertThat( em.contains( tides ) ).isTrue();
			assertThat( tides.getViews() ).isEqualTo( 40 );
			assertThat( tides.getPublished() ).isEqualTo( LocalDate.of( 2024, 1, 5 ) );
			assertThat( tides.getByline().getName() ).isEqualTo( "Ann" );
			assertThat( tides.getByline().getContact().getEmail() ).isEqualTo( "ann@example.com" );
			assertThat( tides.getByline().getContact().getCity() ).isEqualTo( "Oslo" );
			assertThat( tides.getPublisher().getName() ).isEqualTo( "Penguin" );
			return null;
		} );
	}

	@Test
	void findInShellSyntaxReturnsEntitiesInItsOrder() {
		List<Article> articles = inTransaction( em -> em.createNativeQuery(
				"{find: 'Article', filter: {'byline.name': 'Ann'}, sort: {views: -1}}", Article.class ).getResultList() );

		assertThat( headlines( articles ) ).containsExactly( "Tides", "Comets" );
	}

	@Test
	void fieldsMissingFromADocumentReadAsNull() {
		Article found = inTransaction( em -> (Article) em.createNativeQuery( "{find: 'Article', filter: {_id: :id}}", Article.class )
				.setParameter( "id", bare ).getSingleResult() );

		assertThat( found.getHeadline() ).isEqualTo( "Bare" );
		assertThat( found.getByline() ).isNull();
		assertThat( found.getPublished() ).isNull();
		assertThat( found.getPublisher() ).isNull();
	}

	@Test
	void lookupOutputMapsToTwoManagedEntities() {
		inTransaction( em -> {
			@SuppressWarnings("unchecked")
			List<Object[]> rows = em.createNativeQuery( """
					{aggregate: 'Article', pipeline: [
						{$match: {headline: 'Moons'}},
						{$lookup: {from: 'Publisher', localField: 'publisher_id', foreignField: '_id', as: 'publisher'}},
						{$unwind: '$publisher'}]}""", "ArticleWithPublisher" ).getResultList();

			assertThat( rows ).hasSize( 1 );
			Article article = (Article) rows.get( 0 )[0];
			Publisher publisher = (Publisher) rows.get( 0 )[1];
			assertThat( article.getHeadline() ).isEqualTo( "Moons" );
			assertThat( article.getByline().getContact().getCity() ).isEqualTo( "Rome" );
			assertThat( publisher.getName() ).isEqualTo( "Gallimard" );
			assertThat( publisher.getAddress().getTown() ).isEqualTo( "Paris" );
			assertThat( em.contains( article ) ).isTrue();
			assertThat( em.contains( publisher ) ).isTrue();
			return null;
		} );
	}

	@Test
	void lookupIntoAnotherCollectionGivesItsEntities() {
		List<Article> articles = inTransaction( em -> em.createNativeQuery( """
				{aggregate: 'Publisher', pipeline: [
					{$match: {'address.country': 'UK'}},
					{$lookup: {from: 'Article', localField: '_id', foreignField: 'publisher_id', as: 'articles'}},
					{$unwind: '$articles'},
					{$replaceRoot: {newRoot: '$articles'}},
					{$sort: {views: 1}}]}""", Article.class ).getResultList() );

		assertThat( headlines( articles ) ).containsExactly( "Comets", "Tides" );
		assertThat( articles.get( 0 ).getByline().getContact().getCity() ).isEqualTo( "Oslo" );
	}

	@Test
	void aPipelineOverArraysGivesEntitiesWhoseCollectionsLoad() {
		inTransaction( em -> {
			List<?> tagged = em.createNativeQuery( """
					{aggregate: 'Publisher', pipeline: [
						{$lookup: {from: 'Article', localField: '_id', foreignField: 'publisher_id', as: 'articles'}},
						{$unwind: '$articles'},
						{$replaceRoot: {newRoot: '$articles'}},
						{$match: {tags: :tag}}]}""", Article.class ).setParameter( "tag", "moon" ).getResultList();

			assertThat( tagged ).hasSize( 1 );
			Article tides = (Article) tagged.get( 0 );
			assertThat( tides.getHeadline() ).isEqualTo( "Tides" );
			assertThat( tides.getByline().getContact().getCity() ).isEqualTo( "Oslo" );
			assertThat( tides.getTags() ).containsExactly( "sea", "moon" );
			return null;
		} );
	}

	@Test
	void groupedValuesComeAsObjectArraysInDocumentFieldOrder() {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = inTransaction( em -> em.createNativeQuery(
				"{aggregate: 'Article', pipeline: [{$group: {_id: '$byline.name', total: {$sum: '$views'}}}, {$sort: {_id: 1}}]}" )
				.getResultList() );

		assertThat( rows ).extracting( row -> row[0] ).containsExactly( null, "Ann", "Bob" );
		assertThat( rows ).extracting( row -> ( (Number) row[1] ).intValue() ).containsExactly( 1, 65, 10 );
	}

	@Test
	void tupleElementsAreNamedByTheDocumentFields() {
		List<Tuple> tuples = inTransaction( em -> em.createNativeQuery(
				"{aggregate: 'Article', pipeline: [{$match: {byline: {$exists: true}}}, {$group: {_id: '$byline.name', total: {$sum: '$views'}}}, {$sort: {total: -1}}]}",
				Tuple.class ).getResultList() );

		assertThat( tuples ).extracting( tuple -> tuple.get( "_id" ) ).containsExactly( "Ann", "Bob" );
		assertThat( tuples ).extracting( tuple -> ( (Number) tuple.get( "total" ) ).intValue() ).containsExactly( 65, 10 );
	}

	@Test
	void scalarColumnsHaveTheJavaTypesOfTheirBsonTypes() {
		Object[] row = inTransaction( em -> (Object[]) em.createNativeQuery(
				"{find: 'Article', filter: {headline: 'Tides'}, projection: {_id: 1, headline: 1, views: 1, published: 1, byline: 1}}" )
				.getSingleResult() );

		assertThat( row[0] ).isInstanceOf( ObjectId.class );
		assertThat( row[1] ).isEqualTo( "Tides" );
		assertThat( row[2] ).isEqualTo( 40 );
		assertThat( row[3] ).isEqualTo( LocalDateTime.of( 2024, 1, 5, 0, 0 ) );
		assertThat( row[4] ).isInstanceOf( BsonDocument.class );
	}

	@Test
	void countGivesOneScalar() {
		Object count = inTransaction( em -> em.createNativeQuery( "{count: 'Article', query: {views: {$gte: :least}}}" )
				.setParameter( "least", 10 ).getSingleResult() );
		Object typed = inTransaction( em -> em.createNativeQuery( "{count: 'Article', query: {views: {$gte: 10}}}", Long.class )
				.getSingleResult() );
		Object none = inTransaction( em -> em.createNativeQuery( "{count: 'Article', query: {views: {$gt: 1000}}}", Long.class )
				.getSingleResult() );

		assertThat( ( (Number) count ).longValue() ).isEqualTo( 3 );
		assertThat( typed ).isEqualTo( 3L );
		assertThat( none ).isEqualTo( 0L );
	}

	@Test
	void distinctGivesOneRowPerValue() {
		@SuppressWarnings("unchecked")
		List<Object> names = inTransaction( em -> em.createNativeQuery( "{distinct: 'Article', key: 'byline.name'}" ).getResultList() );

		assertThat( names ).containsExactlyInAnyOrder( "Ann", "Bob" );
	}

	@Test
	void constructorResultBuildsDtosFromLabelledColumns() {
		List<HeadlineViews> rows = inTransaction( em -> em.createNamedQuery( "Article.headlinesOf", HeadlineViews.class )
				.setParameter( 1, "Ann" ).getResultList() );

		assertThat( rows ).containsExactly( new HeadlineViews( "Comets", 25 ), new HeadlineViews( "Tides", 40 ) );
	}

	@Test
	void columnResultsAreReadByLabelWithTheirTypes() {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = inTransaction( em -> em.createNativeQuery(
				"{aggregate: 'Article', pipeline: [{$match: {byline: {$exists: true}}}, {$group: {_id: '$byline.name', total: {$sum: '$views'}}}, {$sort: {_id: 1}}]}",
				"ViewsByAuthor" ).getResultList() );

		assertThat( rows ).containsExactly( new Object[] { "Ann", 65L }, new Object[] { "Bob", 10L } );
	}

	@Test
	void namedNativeQueryReturnsEntities() {
		List<Article> popular = inTransaction( em -> em.createNamedQuery( "Article.popular", Article.class )
				.setParameter( "minViews", 20 ).getResultList() );

		assertThat( headlines( popular ) ).containsExactly( "Tides", "Comets" );
	}

	@Test
	void anInjectionShapedValueIsComparedAsAString() {
		List<Article> matching = inTransaction( em -> em.createNativeQuery( "{find: 'Article', filter: {headline: :headline}}", Article.class )
				.setParameter( "headline", INJECTION_SHAPED ).getResultList() );
		List<Article> none = inTransaction( em -> em.createNativeQuery( "{find: 'Article', filter: {headline: ?1, 'byline.name': ?2}}", Article.class )
				.setParameter( 1, "{\"$ne\": null}" ).setParameter( 2, "a.b$c', x: '" ).getResultList() );

		assertThat( headlines( matching ) ).containsExactly( INJECTION_SHAPED );
		assertThat( none ).isEmpty();
	}

	@Test
	void aParameterRightBeforeClosingBracesKeepsItsName() {
		List<Article> articles = inTransaction( em -> em.createNativeQuery( "{\"find\": \"Article\", \"filter\": {\"byline.name\": :a}}", Article.class )
				.setParameter( "a", "Bob" ).getResultList() );

		assertThat( headlines( articles ) ).containsExactly( "Moons" );
	}

	@Test
	void aListParameterIsBoundAsAnArray() {
		List<Article> some = inTransaction( em -> em.createNativeQuery(
				"{find: 'Article', filter: {headline: {$in: :headlines}}, sort: {headline: 1}}", Article.class )
				.setParameter( "headlines", List.of( "Tides", "Moons" ) ).getResultList() );
		List<Article> none = inTransaction( em -> em.createNativeQuery(
				"{find: 'Article', filter: {headline: {$in: :headlines}}}", Article.class )
				.setParameter( "headlines", List.of() ).getResultList() );

		assertThat( headlines( some ) ).containsExactly( "Moons", "Tides" );
		assertThat( none ).isEmpty();
	}

	@Test
	void anArrayParameterIsOneArrayOfValues() {
		List<Article> matching = inTransaction( em -> em.createNativeQuery(
				"{find: 'Article', filter: {headline: {$in: :headlines}}, sort: {views: 1}}", Article.class )
				.setParameter( "headlines", new String[] { INJECTION_SHAPED, "Moons" } ).getResultList() );

		assertThat( headlines( matching ) ).containsExactly( INJECTION_SHAPED, "Moons" );
	}

	@Test
	void firstAndMaxResultsPageTheDocuments() {
		String byViews = "{aggregate: 'Article', pipeline: [{$sort: {views: -1}}]}";
		List<Article> page = inTransaction( em -> em.createNativeQuery( byViews, Article.class )
				.setFirstResult( 1 ).setMaxResults( 2 ).getResultList() );
		List<Article> all = inTransaction( em -> em.createNativeQuery( byViews, Article.class ).getResultList() );

		assertThat( headlines( page ) ).containsExactly( "Comets", "Moons" );
		assertThat( all ).hasSize( 5 );
	}

	@Test
	void aStatelessSessionReadsEntitiesToo() {
		try ( StatelessSession session = factory.unwrap( SessionFactory.class ).openStatelessSession() ) {
			List<Article> articles = session.createNativeQuery( "{find: 'Article', filter: {views: {$gte: 25}}, sort: {views: 1}}", Article.class )
					.getResultList();

			assertThat( headlines( articles ) ).containsExactly( "Comets", "Tides" );
			assertThat( articles.get( 1 ).getByline().getContact().getCity() ).isEqualTo( "Oslo" );
		}
	}

	@Test
	void malformedTextFailsWhenTheQueryIsCreated() {
		EntityManager em = factory.createEntityManager();
		try {
			assertThatThrownBy( () -> em.createNativeQuery( "{find: 'Article', filter: {headline: }" ) )
					.isInstanceOf( IllegalArgumentException.class )
					.hasMessageContaining( "one command document" );
			assertThatThrownBy( () -> em.createNativeQuery( "db.Article.find({})" ) )
					.isInstanceOf( IllegalArgumentException.class )
					.hasMessageContaining( "from '{' to '}'" );
			assertThatThrownBy( () -> em.createNativeQuery( "{dropDatabase: 1}" ) )
					.isInstanceOf( IllegalArgumentException.class )
					.hasMessageContaining( "'dropDatabase' is not supported" );
		}
		finally {
			em.close();
		}
	}

	@Test
	void aMalformedNamedNativeQueryFailsAtStartupNamingIt() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), Draft.class ) )
				.hasStackTraceContaining( "Named native query 'Draft.broken' is not valid" )
				.hasStackTraceContaining( "one command document" );
	}

	@Test
	void aTranslatedCommandChangedByAnInspectorIsNotTakenForNativeMql() {
		StatementInspector tracer = sql -> sql + " /* traced */";
		EntityManagerFactory traced = Persistence.mongo( mongoServer.databaseName(),
				Map.of( AvailableSettings.STATEMENT_INSPECTOR, tracer ), Article.class, Publisher.class );
		try ( EntityManager em = traced.createEntityManager() ) {
			List<?> nativeResult = em.createNativeQuery( "{find: 'Article', filter: {headline: 'Tides'}}", Article.class ).getResultList();

			assertThat( nativeResult ).hasSize( 1 );
			assertThatThrownBy( () -> em.createQuery( "from Article", Article.class ).getResultList() )
					.hasStackTraceContaining( "its text is not that of a command Hibermongo translated" );
		}
		finally {
			traced.close();
		}
	}

	@Test
	void aWriteCommandIsNotRunAsAQuery() {
		assertThatThrownBy( () -> inTransaction( em -> em.createNativeQuery( "{delete: 'Article', deletes: [{q: {}, limit: 0}]}" ).getResultList() ) )
				.isInstanceOf( PersistenceException.class )
				.hasStackTraceContaining( "is a write: run it with executeUpdate()" );
		assertThat( mongoServer.database().getCollection( "Article" ).countDocuments() ).isEqualTo( 5 );
	}
}
