package io.hibermongo.dialect.internal.schema;

import java.util.List;

import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * Schema export of a sequence: creating it creates the counter collection and the sequence's counter
 * document holding its initial value (unless it exists); dropping it drops the counter collection, as
 * dropping the schema drops every collection.
 */
public final class CounterExporter implements Exporter<Sequence> {

	private final String counterCollection;

	public CounterExporter(String counterCollection) {
		this.counterCollection = counterCollection;
	}

	@Override
	public String[] getSqlCreateStrings(Sequence sequence, Metadata metadata, SqlStringGenerationContext context) {
		String name = context.format( sequence.getName() );
		if ( sequence.getIncrementSize() <= 0 ) {
			throw new MappingException( "The sequence '" + name + "' has increment (allocationSize) " + sequence.getIncrementSize()
					+ ", which Hibermongo does not support: counters only count up, use a positive allocationSize" );
		}
		BsonDocument upsert = new BsonDocument( "q", new BsonDocument( "_id", new BsonString( name ) ) )
				.append( "u", new BsonDocument( "$setOnInsert",
						new BsonDocument( MqlCommand.CounterIncrement.FIELD, new BsonInt64( sequence.getInitialValue() ) ) ) )
				.append( "upsert", BsonBoolean.TRUE );
		return new String[] {
				new BsonDocument( "create", new BsonString( counterCollection ) ).toJson(),
				// extended JSON, so that the counter is stored as a long
				new BsonDocument( "update", new BsonString( counterCollection ) )
						.append( "updates", new BsonArray( List.of( upsert ) ) ).toJson( JsonWriterSettings.builder().outputMode( JsonMode.EXTENDED ).build() )
		};
	}

	@Override
	public String[] getSqlDropStrings(Sequence sequence, Metadata metadata, SqlStringGenerationContext context) {
		return new String[] { new BsonDocument( "drop", new BsonString( counterCollection ) ).toJson() };
	}
}
