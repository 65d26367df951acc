package io.hibermongo.dialect.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.MongoException;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.ReferenceField;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The inserted documents a connection holds back so that the rows Hibernate writes right after them (the
 * elements of their arrays, their JOINED subclass and secondary table rows) are folded into them: a
 * persist of an entity with five collections, or of a {@code Puppy} with three tables, is one
 * {@code insert} command.
 * <ul>
 * <li>Held: the documents of an insert without IDENTITY ids into a collection whose documents have arrays
 * or parts ({@link DocumentLayout#isComposed}). The insert reports its row counts (1 each) at once.</li>
 * <li>Folded: an array row change or an entity row update (plain values, one document each) whose
 * rows all name held documents by {@code _id}: its statements are applied to them in memory
 * ({@link HeldDocumentUpdate}), and its counts are what the server would have reported.</li>
 * <li>Sent: before any other statement of the connection (reads, other writes, native commands, driver
 * access to its session), at the end of every flush ({@link HeldInsertsAtFlushEnd}), before commit, a
 * change of auto-commit, and on close in auto-commit mode; as one {@code insertMany} per run of documents
 * of one collection, so N owners of one flush are one command ({@link InsertBatch}, with its
 * compensation). At most {@value #LIMIT} documents are held.</li>
 * <li>Discarded: on rollback and on close outside auto-commit, as the abort discards what was written.</li>
 * </ul>
 * LOB values created by held statements are released (when unreferenced) only once their documents have
 * been sent, failed or discarded, as {@link ReferenceTracker} does for statements that run at once.
 */
final class HeldInserts {

	/** The most documents held at once: memory stays bounded when a StatelessSession inserts in a loop. */
	static final int LIMIT = 1000;

	private final MongoConnection connection;
	private final List<Held> documents = new ArrayList<>();
	private final Map<String, Map<BsonValue, Held>> byId = new HashMap<>();
	private final Map<ReferencingJdbcType, Set<BsonValue>> references = new HashMap<>();

	HeldInserts(MongoConnection connection) {
		this.connection = connection;
	}

	/** One held document, as far as the rows applied to it so far have changed it. */
	private static final class Held {
		private final MqlCommand.Insert insert;
		private final int timeoutSeconds;
		private BsonDocument document;

		Held(MqlCommand.Insert insert, int timeoutSeconds, BsonDocument document) {
			this.insert = insert;
			this.timeoutSeconds = timeoutSeconds;
			this.document = document;
		}
	}

	/**
	 * Holds the documents of {@code command} or folds its rows into held documents, returning the row
	 * counts; null when the command is neither, and must run on the server after {@link #send}.
	 */
	int[] take(MqlCommand command, List<BsonValue[]> rows, int timeoutSeconds, ReferenceTracker tracker) throws SQLException {
		if ( command instanceof MqlCommand.Insert insert && holds( insert ) ) {
			if ( documents.size() + rows.size() > LIMIT ) {
				send();
			}
			for ( BsonValue[] row : rows ) {
				hold( new Held( insert, timeoutSeconds, insert.document().toBson( Values.bound( row ) ) ) );
			}
			return ones( rows.size() );
		}
		if ( documents.isEmpty() ) {
			return null;
		}
		if ( command instanceof MqlCommand.ArrayUpdate array ) {
			return foldArrayRows( array, rows );
		}
		if ( command instanceof MqlCommand.Update update && !update.isComputed() && !update.multi() && !update.upsert() ) {
			return foldUpdate( update, rows, tracker.referencesTouchedBy( update ) );
		}
		return null;
	}

	/** Takes over the values a held or folded statement created, to release them once its documents are sent. */
	void adopt(Map<ReferencingJdbcType, Set<BsonValue>> created) {
		created.forEach( (type, values) -> references.computeIfAbsent( type, t -> new LinkedHashSet<>() ).addAll( values ) );
	}

	boolean isEmpty() {
		return documents.isEmpty();
	}

	/**
	 * Sends the held documents: one ordered {@code insertMany} per run of documents of one collection.
	 * A failure ({@link InsertBatch}: the failing run compensated, earlier runs kept) drops the rest.
	 */
	void send() throws SQLException {
		if ( documents.isEmpty() && references.isEmpty() ) {
			return;
		}
		List<Held> sending = new ArrayList<>( documents );
		Map<ReferencingJdbcType, Set<BsonValue>> created = forget();
		SQLException failure = null;
		try {
			for ( int start = 0; start < sending.size(); ) {
				Held first = sending.get( start );
				List<BsonDocument> run = new ArrayList<>();
				int end = start;
				while ( end < sending.size() && sameRun( first, sending.get( end ) ) ) {
					run.add( sending.get( end++ ).document );
				}
				InsertBatch.insert( connection.databaseFor( first.insert ).limitedTo( first.timeoutSeconds ), first.insert, run );
				start = end;
			}
		}
		catch (SQLException e) {
			failure = e;
		}
		release( created, failure );
		if ( failure != null ) {
			throw failure;
		}
	}

	/** Forgets the held documents without sending them (rollback): the values they created are released outside a transaction. */
	void discard() throws SQLException {
		Map<ReferencingJdbcType, Set<BsonValue>> created = forget();
		if ( !connection.inTransaction() ) {
			release( created, null );
		}
	}

	/** Releases {@code created} unless the writes failed inside a transaction, whose abort undoes them. */
	private void release(Map<ReferencingJdbcType, Set<BsonValue>> created, SQLException failure) throws SQLException {
		if ( created.isEmpty() || failure != null && connection.inTransaction() ) {
			return;
		}
		try {
			connection.referenceTracker().release( created, connection.session() );
		}
		catch (MongoException e) {
			if ( failure == null ) {
				throw Errors.translate( e, "releasing the values of the held inserts" );
			}
			failure.addSuppressed( e );
		}
	}

	private Map<ReferencingJdbcType, Set<BsonValue>> forget() {
		documents.clear();
		byId.clear();
		Map<ReferencingJdbcType, Set<BsonValue>> created = new HashMap<>( references );
		references.clear();
		return created;
	}

	private static boolean sameRun(Held first, Held next) {
		return next.insert.collection().equals( first.insert.collection() ) && next.timeoutSeconds == first.timeoutSeconds;
	}

	private boolean holds(MqlCommand.Insert insert) {
		DocumentLayout layout = connection.layout();
		return insert.identity() == null && layout != null && layout.isComposed( insert.collection() );
	}

	private void hold(Held held) {
		documents.add( held );
		BsonValue id = held.document.get( "_id" );
		if ( id != null ) {
			// a second document with the same _id fails when sent, as its insert would; rows name the first
			byId.computeIfAbsent( held.insert.collection(), c -> new HashMap<>() ).putIfAbsent( id, held );
		}
	}

	/** The held document {@code filter} names by its plain {@code _id} condition (maybe inside {@code $and}), or null. */
	private Held find(String collection, BsonDocument filter) {
		BsonValue id = HeldDocumentUpdate.id( filter );
		if ( id == null ) {
			return null;
		}
		return byId.getOrDefault( collection, Map.of() ).get( id );
	}

	private int[] foldArrayRows(MqlCommand.ArrayUpdate command, List<BsonValue[]> rows) {
		Map<Held, BsonDocument> changed = new IdentityHashMap<>();
		int expected = 0;
		int matched = 0;
		for ( Map.Entry<BsonDocument, List<ArrayRow>> owner : ArrayUpdates.byOwner( command, rows ).entrySet() ) {
			Held held = find( command.collection(), owner.getKey() );
			if ( held == null ) {
				return null;
			}
			BsonDocument document = changed.computeIfAbsent( held, h -> h.document.clone() );
			for ( ArrayWrite write : command.writes( owner.getKey(), owner.getValue() ) ) {
				Boolean matches = write.arrayFilters().isEmpty() ? HeldDocumentUpdate.matches( document, write.filter() ) : null;
				if ( matches == null || matches && !HeldDocumentUpdate.apply( document, write.update() ) ) {
					return null;
				}
				matched += matches ? 1 : 0;
				expected += write.matches();
			}
		}
		changed.forEach( (held, document) -> held.document = document );
		return BatchRowCounts.unread( rows.size(), matched >= expected ? rows.size() : 0 );
	}

	/**
	 * Applies entity row updates to held documents. The references an update replaces are those the held
	 * document holds in the fields it assigns: they are released with the held documents' own values.
	 */
	private int[] foldUpdate(MqlCommand.Update update, List<BsonValue[]> rows, List<ReferenceField> touched) {
		Map<Held, BsonDocument> changed = new IdentityHashMap<>();
		Map<ReferencingJdbcType, Set<BsonValue>> replaced = new HashMap<>();
		int[] counts = new int[rows.size()];
		for ( int i = 0; i < rows.size(); i++ ) {
			Values values = Values.bound( rows.get( i ) );
			BsonDocument filter = update.filter().toBson( values );
			Held held = find( update.collection(), filter );
			if ( held == null ) {
				return null;
			}
			BsonDocument document = changed.computeIfAbsent( held, h -> h.document.clone() );
			Boolean matches = HeldDocumentUpdate.matches( document, filter );
			if ( matches == null ) {
				return null;
			}
			if ( matches ) {
				for ( ReferenceField field : touched ) {
					for ( BsonValue reference : field.valuesIn( document ) ) {
						replaced.computeIfAbsent( field.type(), t -> new LinkedHashSet<>() ).add( reference );
					}
				}
				if ( !HeldDocumentUpdate.apply( document, update.update( values ).asDocument() ) ) {
					return null;
				}
			}
			counts[i] = matches ? 1 : 0;
		}
		changed.forEach( (held, document) -> held.document = document );
		adopt( replaced );
		return counts;
	}

	private static int[] ones(int rows) {
		int[] counts = new int[rows];
		Arrays.fill( counts, 1 );
		return counts;
	}
}
