package io.hibermongo.it.lob;

import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.it.lob.model.Record;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Queries on LOB attributes: nullness tests work on the stored file id; anything that would look at the
 * content is refused, since the document holds only the id.
 */
class LobQueryTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactoryAndData() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of(), Record.class );
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			Record withText = new Record( 1L, "with text" );
			withText.setText( "some text" );
			em.persist( withText );
			em.persist( new Record( 2L, "without text" ) );
			em.getTransaction().commit();
		}
	}

	@AfterAll
	static void closeFactory() {
		if ( factory != null ) {
			factory.close();
		}
	}

	@Test
	void isNullMatchesEntitiesWithoutTheValue() {
		assertThat( names( "select r.name from Record r where r.text is null" ) ).containsExactly( "without text" );
	}

	@Test
	void isNotNullMatchesEntitiesWithTheValue() {
		assertThat( names( "select r.name from Record r where r.text is not null" ) ).containsExactly( "with text" );
	}

	@Test
	void selectingTheLobReadsItsContent() {
		try ( EntityManager em = factory.createEntityManager() ) {
			assertThat( em.createQuery( "select r.text from Record r where r.id = 1", String.class ).getSingleResult() )
					.isEqualTo( "some text" );
		}
	}

	@Test
	void comparingTheContentIsRefusedNamingTheColumn() {
		assertThatThrownBy( () -> names( "select r.name from Record r where r.text = 'some text'" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "Comparing the LOB column 'text'" ).hasMessageContaining( "is null" );
	}

	@Test
	void likeOnTheContentIsRefused() {
		assertThatThrownBy( () -> names( "select r.name from Record r where r.text like 'some%'" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "LIKE on the LOB column 'text'" );
	}

	@Test
	void lengthOfTheContentIsRefused() {
		assertThatThrownBy( () -> names( "select r.name from Record r where length(r.text) > 3" ) )
				.isInstanceOf( FeatureNotSupportedException.class )
				.hasMessageContaining( "The function character_length() on the LOB column 'text'" );
	}

	private static List<String> names(String hql) {
		try ( EntityManager em = factory.createEntityManager() ) {
			return em.createQuery( hql, String.class ).getResultList();
		}
	}
}
