package io.hibermongo.dialect.internal.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.hibermongo.dialect.MongoSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mongosh script that schema export writes ({@code jakarta.persistence.schema-generation.scripts.*}):
 * collections, their indexes and, under enforce_schema, their {@code $jsonSchema} validators, golden.
 */
class SchemaScriptGoldenTest {

	private static SchemaServer server;

	@BeforeAll
	static void start() {
		server = new SchemaServer();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	private static String script(Path script, Map<String, Object> settings) throws Exception {
		return script( script, settings, Author.class, Book.class );
	}

	private static String script(Path script, Map<String, Object> settings, Class<?>... entities) throws Exception {
		Map<String, Object> properties = new HashMap<>( settings );
		properties.put( "jakarta.persistence.schema-generation.scripts.action", "create" );
		properties.put( "jakarta.persistence.schema-generation.scripts.create-target", script.toString() );
		server.factory( "script", properties, entities ).close();
		return Files.readString( script );
	}

	@Test
	void scriptCreatesTheCollectionsAndTheirIndexes(@TempDir Path directory) throws Exception {
		assertThat( script( directory.resolve( "create.js" ), Map.of() ) ).isEqualToIgnoringNewLines( """
				db.createCollection("Author");
				db.getCollection("Author").createIndex({"email": 1}, {"name": "UKcp1md23vm99jdq2vcflm9w1ia", \
				"unique": true, "sparse": true});
				db.getCollection("Author").createIndex({"handle": 1}, {"name": "UK3nqyo9977n2xj26uk6jyeard0", \
				"unique": true});
				db.getCollection("Author").createIndex({"address.city": 1}, {"name": "address.city_1"});
				db.createCollection("Book");
				db.getCollection("Book").createIndex({"isbn": 1, "edition": 1}, {"name": "uk_isbn_edition", \
				"unique": true, "partialFilterExpression": {"isbn": {"$exists": true}, "edition": {"$exists": true}}});
				db.getCollection("Book").createIndex({"title": 1, "published": -1}, {"name": "title_published"});
				db.getCollection("Book").createIndex({"author_id": 1}, {"name": "FK5gbo4o7yxefxivwuqjichc67t"});
				db.getCollection("Book").createIndex({"expiresAt": 1}, {"name": "expiresAt_1", \
				"expireAfterSeconds": 3600});
				db.getCollection("Book").createIndex({"shard": "hashed"}, {"name": "shard_hashed"});
				db.getCollection("Book").createIndex({"title": 1}, {"name": "title_1", \
				"partialFilterExpression": {"published": {"$gt": ISODate("2000-01-01T00:00:00.000Z")}}, \
				"collation": {"locale": "fr"}});
				db.getCollection("Book").createIndex({"title": "text", "summary": "text"}, {"name": "search"});
				db.getCollection("Book").createIndex({"$**": 1}, {"name": "$**_1"});
				""" );
	}

	@Test
	void scriptCreatesEachCollectionWithItsValidatorUnderEnforceSchema(@TempDir Path directory) throws Exception {
		String script = script( directory.resolve( "create.js" ), Map.of( MongoSettings.ENFORCE_SCHEMA, "true" ) );

		assertThat( script.lines().filter( line -> line.startsWith( "db.createCollection" ) ) ).containsExactly( """
				db.createCollection("Author", {"validator": {"$jsonSchema": {"bsonType": "object", "required": ["_id", \
				"address", "handle", "motto", "name"], "properties": {"_id": {"bsonType": "long"}, \
				"address": {"bsonType": "object", "required": ["city"], "properties": {"city": {"bsonType": "string"}, \
				"street": {"bsonType": ["string", "null"]}}}, "age": {"bsonType": ["int", "null"], "minimum": 0, \
				"maximum": 150}, "code": {"bsonType": ["string", "null"], "maxLength": 12, "pattern": "^(?:[a-z]+)$"}, \
				"email": {"bsonType": ["string", "null"]}, "handle": {"bsonType": "string"}, \
				"motto": {"bsonType": "string", "minLength": 1}, "name": {"bsonType": "string", "maxLength": 80}, \
				"rating": {"bsonType": ["double", "null"], "minimum": 0, "exclusiveMinimum": true}, \
				"status": {"bsonType": ["string", "null"], "enum": ["ACTIVE", "RETIRED", null]}}}}, \
				"validationLevel": "strict", "validationAction": "error"});""", """
				db.createCollection("Book", {"validator": {"$jsonSchema": {"bsonType": "object", "required": ["_id"], \
				"properties": {"_id": {"bsonType": "long"}, "author_id": {"bsonType": ["long", "null"]}, \
				"edition": {"bsonType": ["int", "null"]}, "expiresAt": {"bsonType": ["date", "null"]}, \
				"isbn": {"bsonType": ["string", "null"]}, "published": {"bsonType": ["date", "null"]}, \
				"shard": {"bsonType": ["string", "null"]}, "summary": {"bsonType": ["string", "null"]}, \
				"title": {"bsonType": ["string", "null"]}}}}, "validationLevel": "strict", "validationAction": "error"});""" );
	}

	@Test
	void validatorTypesFollowTheStoredBsonTypes(@TempDir Path directory) throws Exception {
		String script = script( directory.resolve( "create.js" ), Map.of( MongoSettings.ENFORCE_SCHEMA, "true" ), Sample.class );

		assertThat( script.lines().filter( line -> line.startsWith( "db.createCollection" ) ) ).containsExactly( """
				db.createCollection("Sample", {"validator": {"$jsonSchema": {"bsonType": "object", \
				"required": ["_id", "count"], "properties": {"_id": {"bsonType": "object", "required": ["number", "region"], \
				"properties": {"number": {"bsonType": "int"}, "region": {"bsonType": "string"}}}, \
				"amount": {"bsonType": ["decimal", "null"]}, "at": {"bsonType": ["date", "null"]}, \
				"count": {"bsonType": "long"}, "data": {"bsonType": ["binData", "null"]}, \
				"level": {"bsonType": ["int", "null"]}, "outer": {"bsonType": ["object", "null"], \
				"properties": {"inner": {"bsonType": ["object", "null"], "properties": {"flag": {"bsonType": ["bool", "null"]}}}, \
				"label": {"bsonType": ["string", "null"]}}}, "ratio": {"bsonType": ["double", "null"]}, \
				"ref": {"bsonType": ["objectId", "null"]}, "small": {"bsonType": ["int", "null"]}, \
				"token": {"bsonType": ["binData", "null"]}, "took": {"bsonType": ["long", "null"]}}}}, \
				"validationLevel": "strict", "validationAction": "error"});""" );
	}

	@Test
	void dropScriptDropsEachCollection(@TempDir Path directory) throws Exception {
		Path script = directory.resolve( "drop.js" );
		server.factory( "script", Map.of( "jakarta.persistence.schema-generation.scripts.action", "drop",
				"jakarta.persistence.schema-generation.scripts.drop-target", script.toString() ), Author.class, Book.class ).close();

		assertThat( Files.readAllLines( script ) ).containsExactlyInAnyOrder(
				"db.getCollection(\"Author\").drop();", "db.getCollection(\"Book\").drop();" );
	}
}
