package io.hibermongo.it.schema;

import java.util.Map;

import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.it.schema.model.Member;
import io.hibermongo.it.schema.model.Team;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A document lacking a field the entity maps as not nullable: NULL by default, an error naming it under strict reads. */
class StrictReadsTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void documentWithoutAName() {
		mongoServer.database().drop();
		mongoServer.database().getCollection( "Member" ).insertOne( new Document( "_id", 7L ).append( "login", "ann" ) );
	}

	private static EntityManagerFactory factory(Map<String, Object> settings) {
		return Persistence.mongo( mongoServer.databaseName(), settings, Member.class, Team.class );
	}

	@Test
	void aMissingNotNullableFieldReadsAsNullByDefault() {
		try ( EntityManagerFactory factory = factory( Map.of() ) ) {
			Persistence.inTransaction( factory, em -> assertThat( em.find( Member.class, 7L ).getName() ).isNull() );
		}
	}

	@Test
	void strictReadsNameTheEntityTheIdAndTheMissingField() {
		try ( EntityManagerFactory factory = factory( Map.of( MongoSettings.STRICT_READS, "true" ) ) ) {
			Persistence.inTransaction( factory, em -> assertThatThrownBy( () -> em.find( Member.class, 7L ) )
					.isInstanceOf( DataException.class )
					.hasMessageContaining( "lacks the field 'name'" )
					.hasMessageContaining( "entity 'io.hibermongo.it.schema.model.Member'" )
					.hasMessageContaining( "{\"_id\": 7}" ) );
		}
	}

	@Test
	void strictReadsAcceptMissingNullableFields() {
		mongoServer.database().getCollection( "Member" ).updateOne( new Document( "_id", 7L ), new Document( "$set", new Document( "name", "Ann" ) ) );
		try ( EntityManagerFactory factory = factory( Map.of( MongoSettings.STRICT_READS, "true" ) ) ) {
			Persistence.inTransaction( factory, em -> {
				Member member = em.find( Member.class, 7L );
				assertThat( member.getName() ).isEqualTo( "Ann" );
				assertThat( member.getEmail() ).isNull();
			} );
		}
	}

	@Test
	void enforceSchemaImpliesStrictReadsInQueriesToo() {
		try ( EntityManagerFactory factory = factory( Map.of( MongoSettings.ENFORCE_SCHEMA, "true" ) ) ) {
			Persistence.inTransaction( factory, em -> assertThatThrownBy(
					() -> em.createQuery( "from Member where login = 'ann'", Member.class ).getResultList() )
					.isInstanceOf( DataException.class ).hasMessageContaining( "lacks the field 'name'" ) );
		}
	}

	@Test
	void strictReadsCheckEntitiesReadThroughAPipelineToo() {
		try ( EntityManagerFactory factory = factory( Map.of( MongoSettings.STRICT_READS, "true" ) ) ) {
			Persistence.inTransaction( factory, em -> assertThatThrownBy(
					() -> em.createQuery( "from Member order by email asc nulls last", Member.class ).getResultList() )
					.isInstanceOf( DataException.class ).hasMessageContaining( "lacks the field 'name'" ) );
		}
	}
}
