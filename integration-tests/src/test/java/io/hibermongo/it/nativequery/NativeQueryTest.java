package io.hibermongo.it.nativequery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.hibermongo.it.nativequery.model.Address;
import io.hibermongo.it.nativequery.model.Article;
import io.hibermongo.it.nativequery.model.Byline;
import io.hibermongo.it.nativequery.model.Contact;
import io.hibermongo.it.nativequery.model.Publisher;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class NativeQueryTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of( "hibernate.show_sql", true ), Article.class, Publisher.class );
		Publisher penguin = new Publisher( 1L, "Penguin", new Address( "London", "UK" ) );
		Publisher gallimard = new Publisher( 2L, "Gallimard", new Address( "Paris", "FR" ) );
		Persistence.inTransaction( factory, em -> {
			em.persist( penguin );
			em.persist( gallimard );
			em.persist( new Article( "Tides", 40, LocalDate.of( 2024, 1, 5 ), new Byline( "Ann", new Contact( "ann@example.com", "Oslo" ) ), penguin ) );
			em.persist( new Article( "Moons", 10, LocalDate.of( 2024, 2, 5 ), new Byline( "Bob", new Contact( "bob@example.com", "Rome" ) ), gallimard ) );
		} );
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void smoke() {
		Persistence.inTransaction( factory, em -> {
			List<Article> found = em.createNativeQuery( "{aggregate: 'Article', pipeline: [{$match: {headline: :headline}}]}", Article.class )
					.setParameter( "headline", "Tides" ).getResultList();
			assertThat( found ).hasSize( 1 );
			assertThat( found.get( 0 ).getByline().getContact().getCity() ).isEqualTo( "Oslo" );
			List<Object[]> rows = em.createNativeQuery( "{aggregate: 'Article', pipeline: [{$group: {_id: '$byline.name', total: {$sum: '$views'}}}, {$sort: {_id: 1}}]}" ).getResultList();
			assertThat( rows ).hasSize( 2 );
			assertThat( rows.get( 0 ) ).containsExactly( "Ann", 40 );
		} );
	}
}
