package io.hibermongo.it.nativequery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.hibermongo.it.nativequery.model.Article;
import io.hibermongo.it.nativequery.model.Byline;
import io.hibermongo.it.nativequery.model.Contact;
import io.hibermongo.it.nativequery.model.Publisher;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.TestServer;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Native MQL writes through {@code executeUpdate()}: the counts they return and what they change. */
class NativeWriteTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Article.class, Publisher.class );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@BeforeEach
	void threeArticles() {
		articles().deleteMany( new Document() );
		Persistence.inTransaction( factory, em -> {
			em.persist( article( "Tides", 40 ) );
			em.persist( article( "Moons", 10 ) );
			em.persist( article( "Comets", 25 ) );
		} );
	}

	private static Article article(String headline, int views) {
		return new Article( headline, views, LocalDate.of( 2024, 1, 1 ), new Byline( "Ann", new Contact( "ann@example.com", "Oslo" ) ), null );
	}

	private static MongoCollection<Document> articles() {
		return mongoServer.database().getCollection( "Article" );
	}

	private static int update(String mql, Object... positional) {
		return factory.callInTransaction( em -> {
			var query = em.createNativeQuery( mql );
			for ( int i = 0; i < positional.length; i++ ) {
				query.setParameter( i + 1, positional[i] );
			}
			return query.executeUpdate();
		} );
	}

	@Test
	void updateReturnsTheMatchedCount() {
		int updated = update( "{update: 'Article', updates: [{q: {views: {$lt: ?1}}, u: {$inc: {views: 100}}, multi: true}]}", 30 );

		assertThat( updated ).isEqualTo( 2 );
		assertThat( articles().find( Filters.gt( "views", 100 ) ).map( document -> document.getString( "headline" ) ) )
				.containsExactlyInAnyOrder( "Moons", "Comets" );
	}

	@Test
	void aNamedNativeWriteReturnsItsCount() {
		int reset = factory.callInTransaction( em -> em.createNamedQuery( "Article.resetViewsBelow" ).setParameter( "limit", 30 ).executeUpdate() );

		assertThat( reset ).isEqualTo( 2 );
		assertThat( articles().countDocuments( Filters.eq( "views", 0 ) ) ).isEqualTo( 2 );
	}

	@Test
	void insertReturnsTheInsertedCountAndTheDocumentsReadAsEntities() {
		int inserted = update( "{insert: 'Article', documents: [{headline: ?1, views: ?2, byline: {name: 'Cy', contact: {city: ?3}}}]}",
				"Stars", 7, "Lima" );

		Article stars = factory.callInTransaction( em -> em.createQuery( "from Article where headline = 'Stars'", Article.class ).getSingleResult() );
		assertThat( inserted ).isEqualTo( 1 );
		assertThat( stars.getViews() ).isEqualTo( 7 );
		assertThat( stars.getByline().getContact().getCity() ).isEqualTo( "Lima" );
	}

	@Test
	void deleteReturnsTheDeletedCount() {
		int deleted = update( "{delete: 'Article', deletes: [{q: {headline: {$in: ?1}}, limit: 0}]}", List.of( "Tides", "Moons", "None" ) );

		assertThat( deleted ).isEqualTo( 2 );
		assertThat( articles().countDocuments() ).isEqualTo( 1 );
	}

	@Test
	void findAndModifyCountsWhatItModifiesAndReturnsTheDocumentToAQuery() {
		int modified = update( "{findAndModify: 'Article', query: {headline: 'Tides'}, update: {$set: {views: 41}}}" );
		Article returned = factory.callInTransaction( em -> (Article) em.createNativeQuery(
				"{findAndModify: 'Article', query: {headline: 'Moons'}, update: {$inc: {views: 1}}, new: true}", Article.class )
				.getSingleResult() );

		assertThat( modified ).isEqualTo( 1 );
		assertThat( articles().find( Filters.eq( "headline", "Tides" ) ).first().getInteger( "views" ) ).isEqualTo( 41 );
		assertThat( returned.getViews() ).isEqualTo( 11 );
	}

	@Test
	void aNativeWriteFlushesPendingChangesFirst() {
		int updated = factory.callInTransaction( em -> {
			em.persist( article( "Fresh", 0 ) );
			return em.createNativeQuery( "{update: 'Article', updates: [{q: {}, u: {$set: {views: 5}}, multi: true}]}" ).executeUpdate();
		} );

		assertThat( updated ).isEqualTo( 4 );
		assertThat( articles().find( Filters.eq( "headline", "Fresh" ) ).first().getInteger( "views" ) ).isEqualTo( 5 );
	}

	@Test
	void aNativeReadSeesPendingChangesOfItsCollection() {
		long found = factory.callInTransaction( em -> {
			em.persist( article( "Pending", 3 ) );
			return ( (Number) em.createNativeQuery( "{count: 'Article', query: {headline: 'Pending'}}" ).getSingleResult() ).longValue();
		} );

		assertThat( found ).isEqualTo( 1 );
	}

	@Test
	void aDuplicateKeyIsAConstraintViolation() {
		ObjectId id = articles().find().first().getObjectId( "_id" );

		assertThatThrownBy( () -> update( "{insert: 'Article', documents: [{_id: ?1, headline: 'Twin'}]}", id ) )
				.isInstanceOf( ConstraintViolationException.class )
				.hasMessageContaining( "duplicate key" );
		assertThat( articles().countDocuments() ).isEqualTo( 3 );
	}

	@Test
	void anAggregateWritingOutReturnsZero() {
		assumeTrue( TestServer.isEmbedded(), "MongoDB refuses $out inside a transaction, and executeUpdate() needs one" );

		int count = update( "{aggregate: 'Article', pipeline: [{$match: {views: {$gt: 20}}}, {$out: 'Popular'}]}" );

		assertThat( count ).isZero();
		assertThat( mongoServer.database().getCollection( "Popular" ).countDocuments() ).isEqualTo( 2 );
	}

	@Test
	void aReadIsNotRunAsAnUpdate() {
		assertThatThrownBy( () -> update( "{find: 'Article'}" ) )
				.isInstanceOf( PersistenceException.class )
				.hasStackTraceContaining( "only reads: run it with getResultList()" );
	}
}
