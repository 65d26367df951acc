package io.hibermongo.dialect.internal.schema;

import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.hibernate.tool.schema.spi.GenerationTarget;

/**
 * A schema-export target that writes mongosh statements instead of the commands' JSON, so the script
 * Hibernate writes ({@code jakarta.persistence.schema-generation.scripts.*}) runs with
 * {@code mongosh <url> create.js}:
 * <ul>
 * <li><code>{create: c, …options}</code> → {@code db.createCollection("c", {…options});}</li>
 * <li><code>{createIndexes: c, indexes: [{key, name, …}]}</code> → one
 *     {@code db.getCollection("c").createIndex(key, {name, …});} per index</li>
 * <li><code>{drop: c}</code> → {@code db.getCollection("c").drop();}</li>
 * <li>a one-statement {@code update} / {@code delete} → {@code updateOne} / {@code deleteOne}
 *     ({@code deleteMany} without a limit)</li>
 * <li>anything else → {@code db.runCommand(…);}</li>
 * </ul>
 * Values are written in the shell's notation ({@code NumberLong(1)}, {@code ObjectId("…")}), which keeps
 * their BSON types, and strings are quoted by the JSON writer, so no mapping name can break out of them.
 */
final class MongoshScript implements GenerationTarget {

	private static final JsonWriterSettings SHELL = JsonWriterSettings.builder().outputMode( JsonMode.SHELL ).build();

	private final GenerationTarget target;

	MongoshScript(GenerationTarget target) {
		this.target = target;
	}

	@Override
	public void prepare() {
		target.prepare();
	}

	@Override
	public void accept(String command) {
		BsonDocument parsed = BsonDocument.parse( command );
		String name = parsed.getFirstKey();
		if ( !parsed.get( name ).isString() ) {
			target.accept( "db.runCommand(" + parsed.toJson( SHELL ) + ");" );
			return;
		}
		String handle = "db.getCollection(" + json( parsed.get( name ) ) + ")";
		switch ( name ) {
			case "create" -> {
				BsonDocument options = parsed.clone();
				options.remove( name );
				target.accept( "db.createCollection(" + json( parsed.get( name ) )
						+ ( options.isEmpty() ? "" : ", " + options.toJson( SHELL ) ) + ");" );
			}
			case "createIndexes" -> {
				for ( BsonValue value : parsed.getArray( "indexes" ) ) {
					BsonDocument options = value.asDocument().clone();
					BsonValue key = options.remove( "key" );
					target.accept( handle + ".createIndex(" + json( key ) + ", " + options.toJson( SHELL ) + ");" );
				}
			}
			case "drop" -> target.accept( handle + ".drop();" );
			case "update" -> acceptUpdate( parsed, handle );
			case "delete" -> acceptDelete( parsed, handle );
			default -> target.accept( "db.runCommand(" + parsed.toJson( SHELL ) + ");" );
		}
	}

	private void acceptUpdate(BsonDocument update, String handle) {
		if ( update.getArray( "updates" ).size() != 1 || update.size() != 2 ) {
			target.accept( "db.runCommand(" + update.toJson( SHELL ) + ");" );
			return;
		}
		BsonDocument statement = update.getArray( "updates" ).get( 0 ).asDocument();
		String options = statement.getBoolean( "upsert", BsonBoolean.FALSE ).getValue() ? ", {upsert: true}" : "";
		target.accept( handle + ".updateOne(" + json( statement.get( "q" ) ) + ", " + json( statement.get( "u" ) ) + options + ");" );
	}

	private void acceptDelete(BsonDocument delete, String handle) {
		if ( delete.getArray( "deletes" ).size() != 1 || delete.size() != 2 ) {
			target.accept( "db.runCommand(" + delete.toJson( SHELL ) + ");" );
			return;
		}
		BsonDocument statement = delete.getArray( "deletes" ).get( 0 ).asDocument();
		boolean one = statement.getNumber( "limit", new BsonInt32( 0 ) ).intValue() == 1;
		target.accept( handle + ( one ? ".deleteOne(" : ".deleteMany(" ) + json( statement.get( "q" ) ) + ");" );
	}

	/** One value in shell notation: written inside an array and unwrapped, since the writer only writes documents. */
	private static String json(BsonValue value) {
		String array = new BsonDocument( "v", new BsonArray( List.of( value ) ) ).toJson( SHELL );
		return array.substring( array.indexOf( '[' ) + 1, array.lastIndexOf( ']' ) ).trim();
	}

	@Override
	public void release() {
		target.release();
	}
}
