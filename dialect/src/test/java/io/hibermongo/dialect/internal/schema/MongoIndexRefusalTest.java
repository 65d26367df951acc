package io.hibermongo.dialect.internal.schema;

import java.util.Map;

import org.hibernate.MappingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A {@code @MongoIndex} that MongoDB would refuse fails when the SessionFactory starts, naming the entity and why. */
class MongoIndexRefusalTest {

	private static SchemaServer server;

	@BeforeAll
	static void start() {
		server = new SchemaServer();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	private static void refused(Class<?> entity, String why) {
		assertThatThrownBy( () -> server.factory( "refusals", Map.of(), entity ).close() ).rootCause()
				.isInstanceOf( MappingException.class ).hasMessageContaining( entity.getSimpleName() ).hasMessageContaining( why );
	}

	@Test
	void anUnknownAttributePathIsRefused() {
		refused( BadIndexes.UnknownAttribute.class, "'nickname' is not a mapped attribute path" );
	}

	@Test
	void aPartialFilterThatIsNotJsonIsRefused() {
		refused( BadIndexes.PartialFilterNotJson.class, "partialFilter is not a JSON document" );
	}

	@Test
	void aPartialFilterOnAnUnmappedFieldIsRefused() {
		refused( BadIndexes.PartialFilterOnUnmappedField.class, "partialFilter names 'secret', which is not a mapped field" );
	}

	@Test
	void aTtlIndexOnANonDateFieldIsRefused() {
		refused( BadIndexes.TtlOnText.class, "needs a date field, and 'name' is not one" );
	}

	@Test
	void aTtlIndexOnTwoFieldsIsRefused() {
		refused( BadIndexes.TtlOnTwoFields.class, "a TTL index (expireAfterSeconds) is an ascending or descending index of one field" );
	}

	@Test
	void aUniqueHashedIndexIsRefused() {
		refused( BadIndexes.UniqueHashed.class, "a HASHED index cannot be unique" );
	}

	@Test
	void twoIndexesOfOneNameAreRefused() {
		refused( BadIndexes.SameNameTwice.class, "MongoDB keeps one index per name and per key" );
	}
}
