package io.hibermongo.it.differential;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.hibermongo.it.differential.clinic.Author;
import io.hibermongo.it.differential.clinic.Book;
import io.hibermongo.it.differential.clinic.Card;
import io.hibermongo.it.differential.clinic.Copy;
import io.hibermongo.it.differential.clinic.Edition;
import io.hibermongo.it.differential.clinic.Loan;
import io.hibermongo.it.differential.clinic.Clinic;
import io.hibermongo.it.differential.clinic.Location;
import io.hibermongo.it.differential.clinic.Owner;
import io.hibermongo.it.differential.clinic.Pet;
import io.hibermongo.it.differential.clinic.PetType;
import io.hibermongo.it.differential.clinic.Player;
import io.hibermongo.it.differential.clinic.Reader;
import io.hibermongo.it.differential.clinic.ReaderProfile;
import io.hibermongo.it.differential.clinic.Room;
import io.hibermongo.it.differential.clinic.Specialty;
import io.hibermongo.it.differential.clinic.Team;
import io.hibermongo.it.differential.clinic.Vet;
import io.hibermongo.it.differential.clinic.Visit;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Joins keep SQL semantics: the same clinic and library ({@link ClinicRows}) on MongoDB and on H2 (the
 * oracle) give the same rows for every query of {@link JoinQueries} and the same entities for every load.
 */
class JoinDifferentialTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	static final Class<?>[] ENTITIES = { PetType.class, Owner.class, Pet.class, Visit.class, Location.class, Author.class,
			Book.class, Reader.class, Card.class, Room.class, Clinic.class, Loan.class, ReaderProfile.class, Edition.class, Copy.class,
			Specialty.class, Vet.class, Player.class, Team.class };

	private static EntityManagerFactory h2;
	private static EntityManagerFactory mongo;

	@BeforeAll
	static void loadTheSameRowsIntoBothDatabases() {
		h2 = Persistence.h2( ENTITIES );
		mongo = Persistence.mongo( mongoServer.databaseName(), Map.of(), ENTITIES );
		for ( EntityManagerFactory factory : List.of( h2, mongo ) ) {
			ClinicRows.loadWithADanglingLoan( factory );
		}
	}

	@AfterAll
	static void closeFactories() {
		Persistence.close( mongo, h2 );
	}

	@TestFactory
	Stream<DynamicTest> joinsReturnTheSameRowsOnMongoDbAsOnH2() {
		return JoinQueries.all().stream().map( query -> query.sameRowsOn( h2, mongo ) );
	}
}
