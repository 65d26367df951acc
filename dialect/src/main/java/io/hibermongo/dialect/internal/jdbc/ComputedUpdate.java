package io.hibermongo.dialect.internal.jdbc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * A computed bulk update ({@code set x = x + 1}) for servers that refused pipeline updates at startup
 * ({@link PipelineUpdateProbe}): the server computes the new values with {@code aggregate}, then they
 * are set by {@code _id} in {@code bulkWrite}s of {@value #CHUNK} documents, written while the cursor is
 * read so memory stays bounded. It stores what the pipeline update stores (a NULL result removes the
 * field) and reports the documents the writes matched. Unlike a pipeline update it is not atomic per
 * document: a concurrent change between the read and the write is overwritten with a value computed
 * from the older state, and a document deleted in between is not counted.
 */
final class ComputedUpdate {

	private static final int CHUNK = 500;

	private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered( true );

	private final SessionDatabase database;

	ComputedUpdate(SessionDatabase database) {
		this.database = database;
	}

	/** Applies {@code update} to the documents matching {@code filter}; returns how many the writes matched. */
	long apply(MqlCommand.Update update, BsonDocument filter, Values values) {
		List<String> paths = new ArrayList<>( update.assignments().keySet() );
		Map<String, Expression> computed = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>();
		for ( int i = 0; i < paths.size(); i++ ) {
			computed.put( "v" + i, update.assignments().get( paths.get( i ) ) );
			keys.add( "v" + i );
		}
		List<BsonDocument> pipeline = List.of( new BsonDocument( "$match", filter ), projectKeepingId( computed, values ) );
		try ( MongoCursor<BsonDocument> rows = database.aggregate( update.collection(), pipeline ).batchSize( CHUNK ).iterator() ) {
			return write( update.collection(), paths, rows, "_id", keys );
		}
	}

	/**
	 * Writes each of {@code rows} to the document whose {@code _id} is its field {@code idKey}: the value of
	 * its field {@code valueKeys.get(i)} to {@code paths.get(i)}, NULL or missing as {@code $unset}; one
	 * document once (the first row naming it). Returns how many documents the writes matched.
	 */
	long write(String collection, List<String> paths, Iterator<BsonDocument> rows, String idKey, List<String> valueKeys) {
		long matched = 0;
		Set<BsonValue> written = new HashSet<>();
		List<WriteModel<BsonDocument>> writes = new ArrayList<>( CHUNK );
		while ( rows.hasNext() ) {
			BsonDocument row = rows.next();
			BsonValue id = row.get( idKey );
			if ( written.add( id ) ) {
				writes.add( new UpdateOneModel<>( new BsonDocument( "_id", id ), change( paths, row, valueKeys ) ) );
			}
			if ( writes.size() == CHUNK ) {
				matched += write( collection, writes );
			}
		}
		return matched + write( collection, writes );
	}

	/** {@code $project} of the new values, keeping {@code _id} to address each document. */
	private static BsonDocument projectKeepingId(Map<String, Expression> computed, Values values) {
		BsonDocument project = new Stage.Project( computed ).toBson( values );
		project.getDocument( "$project" ).put( "_id", new BsonInt32( 1 ) );
		return project;
	}

	/** {@code $set} of the non-null new values, {@code $unset} of the NULL or missing ones. */
	private static BsonDocument change(List<String> paths, BsonDocument row, List<String> valueKeys) {
		BsonDocument set = new BsonDocument();
		BsonDocument unset = new BsonDocument();
		for ( int i = 0; i < paths.size(); i++ ) {
			BsonValue value = row.get( valueKeys.get( i ) );
			if ( value == null || value.isNull() ) {
				unset.append( paths.get( i ), new BsonString( "" ) );
			}
			else {
				set.append( paths.get( i ), value );
			}
		}
		BsonDocument change = new BsonDocument();
		if ( !set.isEmpty() ) {
			change.append( "$set", set );
		}
		if ( !unset.isEmpty() ) {
			change.append( "$unset", unset );
		}
		return change;
	}

	/** Writes and clears {@code writes}; returns the documents they matched. */
	private long write(String collection, List<WriteModel<BsonDocument>> writes) {
		if ( writes.isEmpty() ) {
			return 0;
		}
		long matched = database.bulkWrite( collection, writes, ORDERED ).getMatchedCount();
		writes.clear();
		return matched;
	}
}
