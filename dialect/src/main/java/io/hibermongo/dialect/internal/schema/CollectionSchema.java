package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * What schema management makes of one mapped collection: its indexes and, with
 * {@code hibernate.mongodb.enforce_schema}, its {@code $jsonSchema} validator (null otherwise).
 */
record CollectionSchema(String collection, BsonDocument validator, List<IndexDefinition> indexes) {

	/** <code>{"create": …, "validator": …}</code>. */
	BsonDocument createCommand() {
		BsonDocument create = new BsonDocument( "create", new BsonString( collection ) );
		if ( validator != null ) {
			create.append( "validator", validator.clone() ).append( "validationLevel", new BsonString( "strict" ) )
					.append( "validationAction", new BsonString( "error" ) );
		}
		return create;
	}

	/** <code>{"createIndexes": …, "indexes": [...]}</code> of {@code some} of the indexes, or null when there are none. */
	BsonDocument createIndexesCommand(List<IndexDefinition> some) {
		if ( some.isEmpty() ) {
			return null;
		}
		BsonArray specifications = new BsonArray();
		some.forEach( index -> specifications.add( index.toBson() ) );
		return new BsonDocument( "createIndexes", new BsonString( collection ) ).append( "indexes", specifications );
	}

	/** The commands that create the collection, its validator and its indexes. */
	List<BsonDocument> createCommands() {
		List<BsonDocument> commands = new ArrayList<>();
		commands.add( createCommand() );
		BsonDocument createIndexes = createIndexesCommand( indexes );
		if ( createIndexes != null ) {
			commands.add( createIndexes );
		}
		return commands;
	}

	/** <code>{"collMod": …, "validator": …}</code>: applies the validator to an existing collection. */
	BsonDocument collModCommand() {
		return new BsonDocument( "collMod", new BsonString( collection ) ).append( "validator", validator.clone() )
				.append( "validationLevel", new BsonString( "strict" ) ).append( "validationAction", new BsonString( "error" ) );
	}
}
