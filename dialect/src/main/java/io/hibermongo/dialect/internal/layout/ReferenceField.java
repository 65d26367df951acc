package io.hibermongo.dialect.internal.layout;

import java.util.ArrayList;
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
 * type that stores and deletes the referenced values. A field inside the elements of an array (a LOB of
 * an element collection) has the path MongoDB gives it there, {@code array.field}, or {@code array} for
 * an array of references: both in a filter and in a projection the path reaches every element.
 */
public record ReferenceField(String collection, String path, ReferencingJdbcType type) {

	/** The non-null references this field holds in {@code document}: one, or one per array element. */
	public List<BsonValue> valuesIn(BsonDocument document) {
		List<BsonValue> values = new ArrayList<>();
		collect( document, path.split( "\\." ), 0, values );
		return values;
	}

	private static void collect(BsonValue value, String[] segments, int next, List<BsonValue> values) {
		if ( value instanceof BsonArray array ) {
			array.forEach( element -> collect( element, segments, next, values ) );
		}
		else if ( next == segments.length ) {
			if ( value != null && !value.isNull() ) {
				values.add( value );
			}
		}
		else if ( value instanceof BsonDocument nested ) {
			collect( nested.get( segments[next] ), segments, next + 1, values );
		}
	}

	/** Those of {@code references} that some document holds in this field: one {@code find} with {@code $in}. */
	public Set<BsonValue> referencedAmong(MongoDatabase database, ClientSession session, Collection<BsonValue> references) {
		MongoCollection<BsonDocument> documents = database.getCollection( collection, BsonDocument.class );
		BsonDocument filter = new BsonDocument( path, new BsonDocument( "$in", new BsonArray( List.copyOf( references ) ) ) );
		Set<BsonValue> referenced = new HashSet<>();
		for ( BsonDocument document : ( session == null ? documents.find( filter ) : documents.find( session, filter ) )
				.projection( new BsonDocument( path, new BsonInt32( 1 ) ) ) ) {
			referenced.addAll( valuesIn( document ) );
		}
		return referenced;
	}
}
