package io.hibermongo.dialect.internal.layout;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * A document field holding a reference to a value stored elsewhere (a GridFS file id for a LOB), with the
 * type that stores and deletes the referenced values.
 */
public record ReferenceField(String collection, String path, ReferencingJdbcType type) {

	/** The value of this field in {@code document} (null when it is missing). */
	public BsonValue valueIn(BsonDocument document) {
		BsonValue value = document;
		for ( String segment : path.split( "\\." ) ) {
			if ( !( value instanceof BsonDocument nested ) ) {
				return null;
			}
			value = nested.get( segment );
		}
		return value;
	}

	/** Those of {@code references} that some document holds in this field: one {@code find} with {@code $in}. */
	public Set<BsonValue> referencedAmong(MongoDatabase database, ClientSession session, Collection<BsonValue> references) {
		MongoCollection<BsonDocument> documents = database.getCollection( collection, BsonDocument.class );
		BsonDocument filter = new BsonDocument( path, new BsonDocument( "$in", new BsonArray( List.copyOf( references ) ) ) );
		Set<BsonValue> referenced = new HashSet<>();
		for ( BsonDocument document : ( session == null ? documents.find( filter ) : documents.find( session, filter ) )
				.projection( new BsonDocument( path, new BsonInt32( 1 ) ) ) ) {
			referenced.add( valueIn( document ) );
		}
		return referenced;
	}
}
