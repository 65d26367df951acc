package io.hibermongo.it.dml;

import java.util.List;

import io.hibermongo.it.differential.clinic.Author;
import io.hibermongo.it.differential.clinic.Location;
import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.PetType;
import io.hibermongo.it.differential.clinic.Visit;
import io.hibermongo.it.support.CommandCounter;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many commands a bulk statement that needs a read sends, whatever the number of rows: one
 * {@code aggregate} and one write ({@code update}, {@code delete} or {@code insert}); several rows of
 * values are one {@code insert}.
 */
class DmlCommandCountTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static final CommandCounter counter = new CommandCounter();
	private static final int OWNERS = 60;

	private static EntityManagerFactory factory;

	@BeforeAll
	static void createFactory() {
		factory = Persistence.mongo( mongoServer.databaseName(), counter.properties( mongoServer.databaseName() ),
				PetType.class, Location.class, Author.class, Owner.class, Pet.class, Visit.class, PetRecord.class );
	}

	@AfterAll
	static void closeFactory() {
		factory.close();
	}

	@BeforeEach
	void loadOwnersAndPets() {
		Persistence.inTransaction( factory, em -> {
			em.createQuery( "delete from PetRecord" ).executeUpdate();
			em.createQuery( "delete from Pet" ).executeUpdate();
			em.createQuery( "delete from Owner" ).executeUpdate();
			em.createQuery( "delete from PetType" ).executeUpdate();
		} );
		Persistence.inTransaction( factory, em -> {
			PetType cat = new PetType( 1L, "cat" );
			em.persist( cat );
			for ( long id = 1; id <= OWNERS; id++ ) {
				Owner owner = new Owner( id, "Owner " + id, id % 2 == 0 ? "Paris" : "Lyon" );
				em.persist( owner );
				em.persist( new Pet( id, "Pet " + id, (int) id, cat, owner ) );
			}
		} );
		counter.reset();
	}

	private int execute(String hql) {
		return Persistence.computeInTransaction( factory, em -> em.createQuery( hql ).executeUpdate() );
	}

	private static List<String> commandNames() {
		return counter.reads().stream().map( BsonDocument::getFirstKey ).toList();
	}

	@Test
	void updateWithASubqueryIsOneAggregateAndOneUpdate() {
		assertThat( execute( "update Pet p set p.name = 'moved' where p.owner.id in (select o.id from Owner o where o.city = 'Paris')" ) )
				.isEqualTo( OWNERS / 2 );
		assertThat( commandNames() ).containsExactly( "aggregate" );
		assertThat( counter.writes() ).singleElement().satisfies( write -> {
			assertThat( write.getFirstKey() ).isEqualTo( "update" );
			assertThat( write.getArray( "updates" ) ).hasSize( 1 );
		} );
	}

	@Test
	void deleteThroughAnAssociationPathIsOneAggregateAndOneDelete() {
		assertThat( execute( "delete from Pet p where p.owner.city = 'Lyon'" ) ).isEqualTo( OWNERS / 2 );
		assertThat( commandNames() ).containsExactly( "aggregate" );
		assertThat( counter.writes() ).singleElement().satisfies( write -> assertThat( write.getFirstKey() ).isEqualTo( "delete" ) );
	}

	@Test
	void correlatedSetValuesAreOneAggregateAndOneBulkWrite() {
		assertThat( execute( "update Pet p set p.name = (select o.lastName from Owner o where o.id = p.owner.id)" ) ).isEqualTo( OWNERS );
		assertThat( commandNames() ).containsExactly( "aggregate" );
		assertThat( counter.writes() ).singleElement().satisfies( write -> assertThat( write.getArray( "updates" ) ).hasSize( OWNERS ) );
	}

	@Test
	void insertSelectIsOneAggregateAndOneInsert() {
		assertThat( execute( "insert into PetRecord (id, name, weight) select p.id, p.name, p.weight from Pet p where p.owner.city = 'Paris'" ) )
				.isEqualTo( OWNERS / 2 );
		assertThat( commandNames() ).containsExactly( "aggregate" );
		assertThat( counter.writes() ).singleElement().satisfies( write -> {
			assertThat( write.getFirstKey() ).isEqualTo( "insert" );
			assertThat( write.getArray( "documents" ) ).hasSize( OWNERS / 2 );
		} );
	}

	@Test
	void severalRowsOfValuesAreOneInsert() {
		assertThat( execute( "insert into PetRecord (id, name) values (1, 'a'), (2, 'b'), (3, 'c')" ) ).isEqualTo( 3 );
		assertThat( commandNames() ).isEmpty();
		assertThat( counter.writes() ).singleElement().satisfies( write -> assertThat( write.getArray( "documents" ) ).hasSize( 3 ) );
	}
}
