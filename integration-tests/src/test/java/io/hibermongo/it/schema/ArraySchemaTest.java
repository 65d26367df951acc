package io.hibermongo.it.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RequiresRealServer;
import io.hibermongo.it.schema.model.PositionIndexShelf;
import io.hibermongo.it.schema.model.Shelf;
import io.hibermongo.it.schema.model.UniqueTagShelf;
import jakarta.persistence.EntityManagerFactory;
import com.mongodb.MongoWriteException;
import org.bson.BsonDocument;
import org.bson.Document;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema of element collections: an {@code @Index} of a collection table is a multikey index of the owner's
 * collection on the paths inside the array, and the validator describes each array with its {@code items};
 * unique constraints of collection tables and indexes on list positions are refused at startup.
 */
class ArraySchemaTest {

	@RegisterExtension
	static final MongoServerExtension mongoServer = new MongoServerExtension();

	@BeforeEach
	void emptyDatabase() {
		mongoServer.database().drop();
	}

	private static List<BsonDocument> indexes() {
		return mongoServer.database().getCollection( "Shelf" ).listIndexes( BsonDocument.class ).into( new ArrayList<>() );
	}

	@Test
	void anIndexOfACollectionTableIsAMultikeyIndexOfTheOwnersCollection() {
		Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create" ), Shelf.class ).close();

		assertThat( indexes() ).anySatisfy( index -> assertThat( index.toJson() )
				.contains( "\"key\": {\"tags\": 1}", "\"name\": \"idx_shelf_tag\"" ) );
		assertThat( indexes() ).anySatisfy( index -> assertThat( index.toJson() )
				.contains( "\"key\": {\"items.sku\": 1, \"items.qty\": -1}", "\"name\": \"idx_item_sku_qty\"" ) );
		assertThat( mongoServer.database().listCollectionNames().into( new ArrayList<>() ) ).containsExactly( "Shelf" );
	}

	@Test
	void validateFindsTheMultikeyIndexesAndFailsWithoutThem() {
		Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create" ), Shelf.class ).close();
		Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "validate" ), Shelf.class ).close();

		mongoServer.database().getCollection( "Shelf" ).dropIndex( "idx_item_sku_qty" );
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "validate" ),
				Shelf.class ).close() ).hasStackTraceContaining( "idx_item_sku_qty" );
	}

	@Test
	void theValidatorDescribesEachArrayWithItsItems(@TempDir Path directory) throws Exception {
		Path script = directory.resolve( "create.js" );
		EntityManagerFactory factory = Persistence.mongo( mongoServer.databaseName(), Map.of( MongoSettings.ENFORCE_SCHEMA, "true",
				"jakarta.persistence.schema-generation.scripts.action", "create",
				"jakarta.persistence.schema-generation.scripts.create-target", script.toString() ), Shelf.class );
		factory.close();

		assertThat( Files.readString( script ).lines().filter( line -> line.startsWith( "db.createCollection" ) ) ).containsExactly( """
				db.createCollection("Shelf", {"validator": {"$jsonSchema": {"bsonType": "object", "required": ["_id"], \
				"properties": {"_id": {"bsonType": "long"}, "name": {"bsonType": ["string", "null"]}, \
				"counts": {"bsonType": "array", "items": {"bsonType": "object", "required": ["k", "v"], \
				"properties": {"k": {"bsonType": "string"}, "v": {"bsonType": "int"}}}}, \
				"items": {"bsonType": "array", "items": {"bsonType": "object", "required": ["sku"], \
				"properties": {"qty": {"bsonType": ["int", "null"]}, "sku": {"bsonType": "string", "maxLength": 20}}}}, \
				"notes": {"bsonType": "array", "items": {"bsonType": ["string", "null"]}}, \
				"tags": {"bsonType": "array", "items": {"bsonType": "string"}}}}}, \
				"validationLevel": "strict", "validationAction": "error"});""" );
	}

	@Test
	@RequiresRealServer("$jsonSchema validators: the embedded server accepts and ignores them")
	void theServerRefusesAnArrayElementOfTheWrongType() {
		Persistence.mongo( mongoServer.databaseName(), Map.of( AvailableSettings.HBM2DDL_AUTO, "create", MongoSettings.ENFORCE_SCHEMA, "true" ),
				Shelf.class ).close();
		assertThatThrownBy( () -> mongoServer.database().getCollection( "Shelf" )
				.insertOne( new Document( "_id", 1L ).append( "tags", List.of( 42 ) ) ) )
				.isInstanceOf( MongoWriteException.class )
				.satisfies( e -> assertThat( ( (MongoWriteException) e ).getError().getCode() ).isEqualTo( 121 ) );
		mongoServer.database().getCollection( "Shelf" ).insertOne( new Document( "_id", 2L ).append( "tags", List.of( "ok" ) ) );
	}

	@Test
	void aUniqueConstraintOfACollectionTableIsRefusedAtStartup() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), UniqueTagShelf.class ).close() )
				.hasRootCauseInstanceOf( FeatureNotSupportedException.class )
				.hasStackTraceContaining( "The unique key uk_tag of collection table 'UniqueTagShelf_tags'" );
	}

	@Test
	void anIndexOnTheOrderColumnIsRefusedAtStartup() {
		assertThatThrownBy( () -> Persistence.mongo( mongoServer.databaseName(), Map.of(), PositionIndexShelf.class ).close() )
				.hasRootCauseInstanceOf( FeatureNotSupportedException.class )
				.hasStackTraceContaining( "@Index idx_position on the @OrderColumn 'position'" );
	}
}
