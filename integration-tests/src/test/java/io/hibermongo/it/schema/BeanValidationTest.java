package io.hibermongo.it.schema;

import java.util.Map;

import io.hibermongo.it.schema.model.Contact;
import io.hibermongo.it.schema.model.Member;
import io.hibermongo.it.schema.model.Team;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With Hibernate Validator on the class path, Hibernate checks the constraints of entities and of the
 * embeddables inside them before each write; a refused value is never sent to MongoDB.
 */
class BeanValidationTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	private static EntityManagerFactory factory;

	@BeforeAll
	static void start() {
		factory = Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create" ), Member.class, Team.class );
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@BeforeEach
	void empty() {
		mongoServer.database().getCollection( "Member" ).deleteMany( new org.bson.Document() );
	}

	@Test
	void aScriptInsideAnEmbeddedDocumentIsRefusedAndNothingIsStored() {
		Member member = new Member( 1L, "ann", "Ann" ).withContact( new Contact( "Oslo", "<SCRIPT>alert(1)</script>" ) );

		assertThatThrownBy( () -> Persistence.persist( factory, member ) )
				.cause().isInstanceOf( ConstraintViolationException.class )
				.satisfies( e -> assertThat( ( (ConstraintViolationException) e ).getConstraintViolations() )
						.extracting( violation -> violation.getPropertyPath().toString() ).containsExactly( "contact.note" ) );

		assertThat( mongoServer.database().getCollection( "Member" ).countDocuments() ).isZero();
	}

	@Test
	void anUpdateToARefusedValueLeavesTheStoredDocumentAsItWas() {
		Persistence.persist( factory, new Member( 2L, "bob", "Bob" ).withContact( new Contact( "Oslo", "hello" ) ) );

		assertThatThrownBy( () -> Persistence.inTransaction( factory,
				em -> em.find( Member.class, 2L ).withContact( new Contact( "<script src=x>", null ) ) ) )
				.hasRootCauseInstanceOf( ConstraintViolationException.class );

		assertThat( mongoServer.database().getCollection( "Member" ).find().first().get( "contact", org.bson.Document.class ) )
				.containsEntry( "city", "Oslo" ).containsEntry( "note", "hello" );
	}

	@Test
	void valuesTheValidatorAcceptsAreStored() {
		Persistence.persist( factory, new Member( 3L, "cid", "Cid" ).withContact( new Contact( "Bergen", "a < b" ) ) );

		assertThat( mongoServer.database().getCollection( "Member" ).countDocuments() ).isEqualTo( 1 );
	}
}
