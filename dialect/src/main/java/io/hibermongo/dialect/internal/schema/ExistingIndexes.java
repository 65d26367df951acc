package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;

/** The indexes a collection has on the server ({@code listIndexes}), compared with those the mapping asks for. */
final class ExistingIndexes {

	private final String collection;
	private final List<BsonDocument> listed;

	private ExistingIndexes(String collection, List<BsonDocument> listed) {
		this.collection = collection;
		this.listed = listed;
	}

	static ExistingIndexes of(MongoDatabase database, String collection) {
		return new ExistingIndexes( collection, database.getCollection( collection ).listIndexes( BsonDocument.class )
				.into( new ArrayList<>() ) );
	}

	/** Whether neither an index of this name nor one of this key exists, so that creating it cannot conflict. */
	boolean lacks(IndexDefinition index) {
		return named( index ).isEmpty() && listed.stream().noneMatch( index::sameKey );
	}

	/** What is wrong with {@code index} on the server, or null when it is there as the mapping wants it. */
	String problem(IndexDefinition index) {
		Optional<BsonDocument> named = named( index );
		if ( named.isPresent() ) {
			String difference = index.differenceFrom( named.get() );
			return difference == null ? null
					: "index [" + index.name() + "] of collection [" + collection + "] differs from the mapping (" + index.origin() + "): "
							+ difference;
		}
		String sameKey = listed.stream().filter( index::sameKey ).map( other -> other.getString( "name" ).getValue() ).findFirst()
				.map( other -> " (an index of the same key exists as [" + other + "])" ).orElse( "" );
		return "missing index [" + index.name() + "] " + index.toBson().toJson() + " on collection [" + collection + "] ("
				+ index.origin() + ")" + sameKey;
	}

	private Optional<BsonDocument> named(IndexDefinition index) {
		return listed.stream().filter( other -> index.name().equals( other.getString( "name" ).getValue() ) ).findFirst();
	}
}
