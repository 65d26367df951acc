package io.hibermongo.it.schema;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.it.schema.model.Member;
import io.hibermongo.it.schema.model.Team;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** enforce_schema on a real server: the generated $jsonSchema validator guards the collection. */
@RequiresRealServer("$jsonSchema validators and collMod: the embedded server accepts and ignores them")
class ServerValidatorTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void emptyDatabase() {
		mongoServer.database().drop();
	}

	private static EntityManagerFactory factory(String action) {
		return Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, action,
				MongoSettings.ENFORCE_SCHEMA, "true" ), Member.class, Team.class );
	}

	@Test
	void aDocumentTheValidatorRefusesBecomesAConstraintViolationNamingTheCollection() {
		try ( EntityManagerFactory factory = factory( "create" ) ) {
			mongoServer.database().getCollection( "Member" ).insertOne( new Document( "_id", 1L ).append( "login", "ann" ).append( "name", "Ann" ) );
			Throwable thrown = catchThrowable( () -> Persistence.inTransaction( factory,
					em -> em.createQuery( "update Member set name = null where id = 1" ).executeUpdate() ) );

			assertThat( Stream.iterate( thrown, Objects::nonNull, Throwable::getCause ) )
					.anySatisfy( cause -> assertThat( cause ).isInstanceOf( ConstraintViolationException.class )
							.hasMessageContaining( "Member" ).hasMessageContaining( "$jsonSchema validator" ) );

			assertThat( mongoServer.database().getCollection( "Member" ).find().first() ).containsEntry( "name", "Ann" );
		}
	}

	@Test
	void validateAcceptsTheValidatorCreateMade() {
		factory( "create" ).close();

		try ( EntityManagerFactory factory = factory( "validate" ) ) {
			assertThat( factory.isOpen() ).isTrue();
		}
	}

	@Test
	void updateAppliesTheValidatorThatValidateThenAccepts() {
		mongoServer.database().createCollection( "Member" );
		mongoServer.database().createCollection( "Team" );
		assertThatThrownBy( () -> factory( "validate" ).close() ).rootCause().isInstanceOf( SchemaManagementException.class );

		factory( "update" ).close();

		try ( EntityManagerFactory factory = factory( "validate" ) ) {
			assertThat( factory.isOpen() ).isTrue();
		}
	}
}
