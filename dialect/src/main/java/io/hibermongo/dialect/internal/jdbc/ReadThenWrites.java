package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCursor;
import io.hibermongo.dialect.internal.mql.IdentityCounter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Stage;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonValue;

/**
 * Statements that read, then write what the read found: bulk HQL updates and deletes whose rows a
 * subquery or an association path selects ({@link MqlCommand.ReadThenWrite},
 * {@link MqlCommand.RowValuesUpdate}) and HQL {@code insert … select} ({@link MqlCommand.InsertSelect}),
 * plus multi-row {@code insert … values} ({@link MqlCommand.InsertRows}). The read is one
 * {@code aggregate}; the write is one {@code updateMany}/{@code deleteMany} of the ids read (one per
 * {@value #IDS_PER_WRITE} ids), ordered {@code bulkWrite}s of per-document values, or one ordered
 * {@code insertMany} ({@link InsertBatch}, whose compensation leaves nothing of a failed insert outside a
 * transaction). Both run on the connection's session, so inside a transaction they see and make one
 * state; without one they are two commands, and a write by someone else between them is not seen.
 */
final class ReadThenWrites {

	/** Most {@code _id}s one write names, keeping it far below MongoDB's 16 MiB command limit. */
	static final int IDS_PER_WRITE = 100_000;

	private ReadThenWrites() {
	}

	/** The documents whose ids the read found, written at once; returns the matched (deleted) count. */
	static long write(SessionDatabase database, ServerCapabilities capabilities, MqlCommand.ReadThenWrite command, BsonValue[] parameters) {
		Set<BsonValue> ids = new LinkedHashSet<>();
		try ( MongoCursor<BsonDocument> rows = rows( database, command.rows(), Values.bound( parameters ) ) ) {
			rows.forEachRemaining( row -> ids.add( row.get( "c0" ) ) );
		}
		List<BsonValue> all = new ArrayList<>( ids );
		long count = 0;
		for ( int from = 0; from < all.size(); from += IDS_PER_WRITE ) {
			BsonValue[] bound = Arrays.copyOf( parameters, parameters.length + 1 );
			bound[parameters.length] = new BsonArray( all.subList( from, Math.min( all.size(), from + IDS_PER_WRITE ) ) );
			Values values = Values.bound( bound );
			count += command.write() instanceof MqlCommand.Update update
					? WriteCommands.update( database, capabilities, update, values )
					: WriteCommands.delete( database, (MqlCommand.Delete) command.write(), values );
		}
		return count;
	}

	/** Each row's new values written to its document by {@code _id}; returns the documents matched. */
	static long write(SessionDatabase database, MqlCommand.RowValuesUpdate command, BsonValue[] parameters) {
		List<String> keys = new ArrayList<>();
		for ( int i = 1; i <= command.paths().size(); i++ ) {
			keys.add( "c" + i );
		}
		try ( MongoCursor<BsonDocument> rows = rows( database, command.rows(), Values.bound( parameters ) ) ) {
			return new ComputedUpdate( database ).write( command.collection(), command.paths(), rows, "c0", keys );
		}
	}

	/** The documents of all rows, inserted with one ordered {@code insertMany}; returns how many. */
	static long insert(SessionDatabase database, MqlCommand.InsertSelect command, BsonValue[] parameters) throws SQLException {
		MqlCommand.Aggregate read = command.rows();
		int columns = read.columns().size();
		List<BsonDocument> documents = new ArrayList<>();
		try ( MongoCursor<BsonDocument> rows = rows( database, read, Values.bound( parameters ) ) ) {
			while ( rows.hasNext() ) {
				documents.add( document( command.insert(), rows.next(), columns ) );
			}
		}
		if ( documents.isEmpty() && read.emptyGroupRow() != null ) {
			documents.add( command.insert().document().toBson( Values.bound( read.emptyGroupRow().toArray( new BsonValue[0] ) ) ) );
		}
		return insert( database, command, command.insert().identity(), command.conflicts(), documents, Values.bound( parameters ) );
	}

	/** The documents of several rows of values, inserted with one ordered {@code insertMany}. */
	static long insert(SessionDatabase database, MqlCommand.InsertRows command, BsonValue[] parameters) throws SQLException {
		Values values = Values.bound( parameters );
		List<BsonDocument> documents = new ArrayList<>( command.documents().size() );
		command.documents().forEach( document -> documents.add( document.toBson( values ) ) );
		return insert( database, command, command.identity(), command.conflicts(), documents, values );
	}

	private static long insert(SessionDatabase database, MqlCommand command, IdentityCounter identity, MqlCommand.OnConflict conflicts,
			List<BsonDocument> documents, Values values) throws SQLException {
		if ( documents.isEmpty() ) {
			return 0;
		}
		List<BsonDocument> identified = identity == null ? documents
				: CounterCommands.assignIdentities( database, identity, documents, null );
		return conflicts == null ? InsertBatch.insert( database, command, identified ).length
				: ConflictingInserts.insert( database, command, conflicts, identified, values );
	}

	/** The document {@code insert} makes of one row: column {@code c<i>} in its slot i, a missing column as NULL. */
	private static BsonDocument document(MqlCommand.Insert insert, BsonDocument row, int columns) {
		BsonValue[] values = new BsonValue[columns];
		for ( int i = 0; i < columns; i++ ) {
			values[i] = row.get( "c" + i, BsonNull.VALUE );
		}
		return insert.document().toBson( Values.bound( values ) );
	}

	private static MongoCursor<BsonDocument> rows(SessionDatabase database, MqlCommand.Aggregate read, Values values) {
		List<BsonDocument> pipeline = new ArrayList<>( read.pipeline().size() );
		for ( Stage stage : read.pipeline() ) {
			pipeline.add( stage.toBson( values ) );
		}
		return database.aggregate( read.collection(), pipeline ).iterator();
	}
}
