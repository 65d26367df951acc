package io.hibermongo.dialect.internal.mql;

import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.spi.ArrayLayout;
import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A MongoDB command built once per Hibernate statement. Its text (Extended JSON, with parameters shown
 * as <code>{"$param": n}</code>) is what Hibernate logs as the statement's SQL and what identifies the
 * command when the JDBC adapter prepares it; it is never parsed back.
 */
public sealed interface MqlCommand {

	JsonWriterSettings TEXT = JsonWriterSettings.builder().outputMode( JsonMode.RELAXED ).build();

	String collection();

	/** The command as MongoDB receives it with {@code values}: bound ones, or {@link Values#TEMPLATE} placeholders. */
	BsonDocument render(Values values);

	/** The command as MongoDB would receive it, parameters as placeholders. */
	default BsonDocument template() {
		return render( Values.TEMPLATE );
	}

	default String text() {
		return template().toJson( TEXT );
	}

	/**
	 * A single-collection read: {@code find}. {@code columns} are the field paths read for the JDBC result
	 * columns, in order; when they unwind arrays on the client, the text shows the {@code $unwind} stages
	 * they stand for under {@code "expand"} (not sent to the server).
	 */
	record Find(String collection, Filter filter, ResultColumns columns, BsonDocument sort, Operand skip, Operand limit)
			implements MqlCommand {

		@Override
		public BsonDocument render(Values values) {
			BsonDocument find = new BsonDocument( "find", new BsonString( collection ) )
					.append( "filter", filter.toBson( values ) );
			if ( !sort.isEmpty() ) {
				find.append( "sort", sort );
			}
			find.append( "projection", columns.projection() );
			if ( skip != null ) {
				find.append( "skip", values.of( skip ) );
			}
			if ( limit != null ) {
				find.append( "limit", values.of( limit ) );
			}
			BsonArray expansion = columns.expansion();
			if ( !expansion.isEmpty() ) {
				find.append( "expand", expansion );
			}
			return find;
		}
	}

	/**
	 * A {@code find} under a pessimistic lock ({@code select … for update}, {@code em.lock},
	 * {@code find(…, PESSIMISTIC_WRITE)}), inside a MongoDB transaction: the documents read are then
	 * written with <code>{$inc: {_lock: 1}}</code> by their {@code _id}s, so that any other transaction
	 * writing or locking them gets a write conflict until this one ends, and a document another transaction
	 * changed since this one's snapshot fails the lock instead of being returned stale. The projection keeps
	 * {@code _id} for that. The text shows the lock write under {@code "lock"} (not sent with the find).
	 */
	record LockingRead(Find find, String lockMode) implements MqlCommand {

		/** The field the lock write increments: MongoDB has no read locks, only write conflicts. */
		public static final String LOCK_FIELD = "_lock";

		public static final BsonDocument LOCK_WRITE = new BsonDocument( "$inc", new BsonDocument( LOCK_FIELD, new BsonInt32( 1 ) ) );

		@Override
		public String collection() {
			return find.collection();
		}

		/** The find's projection with {@code _id}, which the lock write needs. */
		public BsonDocument projection() {
			return find.columns().projection().clone().append( "_id", new BsonInt32( 1 ) );
		}

		@Override
		public BsonDocument render(Values values) {
			return find.render( values ).append( "projection", projection() )
					.append( "lock", new BsonDocument( "mode", new BsonString( lockMode ) ).append( "update", LOCK_WRITE ) );
		}
	}

	/**
	 * A read needing computation: {@code aggregate}. Its last stage projects the result columns
	 * {@code c0, c1, …}. {@code emptyGroupRow}, when not null, is the row SQL returns for a global
	 * aggregate over no rows ({@code count} 0, the others NULL), which MongoDB's {@code $group} omits.
	 */
	record Aggregate(String collection, List<Stage> pipeline, ResultColumns columns, List<BsonValue> emptyGroupRow)
			implements MqlCommand {
		@Override
		public BsonDocument render(Values values) {
			return new BsonDocument( "aggregate", new BsonString( collection ) )
					.append( "pipeline", new BsonArray( Stage.pipeline( pipeline, values ) ) );
		}
	}

	/**
	 * An entity row stored as one document. With an {@code identity}, the document's {@code _id} is not
	 * among the values Hibernate binds: it is taken from that counter as the insert runs (IDENTITY).
	 */
	record Insert(String collection, DocumentShape document, IdentityCounter identity) implements MqlCommand {

		public Insert(String collection, DocumentShape document) {
			this( collection, document, null );
		}

		@Override
		public BsonDocument render(Values values) {
			BsonDocument shown = document.toBson( values );
			if ( identity != null ) {
				BsonDocument identified = new BsonDocument( "_id", identity.template() );
				identified.putAll( shown );
				shown = identified;
			}
			return new BsonDocument( "insert", new BsonString( collection ) )
					.append( "documents", new BsonArray( List.of( shown ) ) );
		}
	}

	/**
	 * Hands out the counter's next value and moves it on by {@code increment}, atomically:
	 * {@code findOneAndUpdate({_id: counter}, {$inc: {next_val: increment}})}, returning the value before.
	 * A counter that does not exist yet starts at {@code initialValue}. The result is one row with one
	 * column. Runs outside any transaction, like a relational sequence.
	 */
	record CounterIncrement(String collection, String counter, long increment, long initialValue) implements MqlCommand {

		public static final String FIELD = "next_val";

		public ResultColumns columns() {
			return new ResultColumns( List.of( FIELD ) );
		}

		@Override
		public BsonDocument render(Values values) {
			return new BsonDocument( "findAndModify", new BsonString( collection ) )
					.append( "query", new BsonDocument( "_id", new BsonString( counter ) ) )
					.append( "update", new BsonDocument( "$inc", new BsonDocument( FIELD, new BsonInt64( increment ) ) ) )
					.append( "new", BsonBoolean.FALSE );
		}
	}

	/**
	 * Creates the counter document <code>{_id: id, field: value}</code> unless one exists (an upsert with
	 * {@code $setOnInsert}), so two writers creating the same counter do not fail or overwrite each other.
	 */
	record CounterInit(String collection, String field, Operand id, Operand value) implements MqlCommand {
		@Override
		public BsonDocument render(Values values) {
			BsonDocument statement = new BsonDocument( "q", new BsonDocument( "_id", values.of( id ) ) )
					.append( "u", new BsonDocument( "$setOnInsert", new BsonDocument( field, values.of( value ) ) ) )
					.append( "upsert", BsonBoolean.TRUE );
			return new BsonDocument( "update", new BsonString( collection ) )
					.append( "updates", new BsonArray( List.of( statement ) ) );
		}
	}

	/**
	 * A generator's own statement (the counter reads and writes of {@code @TableGenerator}), run outside
	 * the connection's transaction: its compare-and-set update is atomic on its own, and inside a
	 * transaction concurrent generators would abort each other with write conflicts.
	 */
	record Autonomous(MqlCommand command) implements MqlCommand {

		/** The command to run: the wrapped one for an autonomous command, else {@code command} itself. */
		public static MqlCommand unwrap(MqlCommand command) {
			return command instanceof Autonomous autonomous ? autonomous.command() : command;
		}
		@Override
		public String collection() {
			return command.collection();
		}

		@Override
		public BsonDocument render(Values values) {
			return command.render( values );
		}
	}

	/**
	 * An update of one ({@code multi} false: an entity row) or all matching documents (bulk HQL).
	 * Assignments of plain values become {@code $set}, or {@code $unset} for NULL so that NULL is stored as
	 * a missing field like on insert; computed assignments ({@code x = x + 1}) need a pipeline update,
	 * where each value is <code>{$ifNull: [value, "$$REMOVE"]}</code> so that a NULL result removes the
	 * field as {@code $unset} would. {@code upsert} inserts the document when no row matches (Hibernate's
	 * {@code upsert()}).
	 */
	record Update(String collection, Filter filter, Map<String, Expression> assignments, boolean multi, boolean upsert)
			implements MqlCommand {

		/** The variable that makes {@code $addFields} remove a field instead of storing a value. */
		private static final BsonString REMOVE = new BsonString( "$$REMOVE" );

		public Update(String collection, Filter filter, Map<String, Expression> assignments, boolean multi) {
			this( collection, filter, assignments, multi, false );
		}

		public boolean isComputed() {
			return assignments.values().stream().anyMatch( value -> !( value instanceof Expression.Constant ) );
		}

		public BsonValue update(Values values) {
			if ( isComputed() ) {
				BsonDocument fields = new BsonDocument();
				assignments.forEach( (path, value) -> fields.append( path,
						new BsonDocument( "$ifNull", new BsonArray( List.of( value.toBson( values ), REMOVE ) ) ) ) );
				return new BsonArray( List.of( new BsonDocument( "$addFields", fields ) ) );
			}
			BsonDocument set = new BsonDocument();
			BsonDocument unset = new BsonDocument();
			assignments.forEach( (path, value) -> {
				BsonValue bson = values.of( ( (Expression.Constant) value ).operand() );
				if ( bson.isNull() ) {
					unset.append( path, new BsonString( "" ) );
				}
				else {
					set.append( path, bson );
				}
			} );
			BsonDocument update = new BsonDocument();
			if ( !set.isEmpty() ) {
				update.append( "$set", set );
			}
			if ( !unset.isEmpty() ) {
				update.append( "$unset", unset );
			}
			if ( update.isEmpty() ) {
				// a row with nothing to store (a subclass table without columns of its own): match, change nothing
				update.append( "$set", set );
			}
			return update;
		}

		@Override
		public BsonDocument render(Values values) {
			BsonDocument statement = new BsonDocument( "q", filter.toBson( values ) )
					.append( "u", update( values ) )
					.append( "multi", BsonBoolean.valueOf( multi ) );
			if ( upsert ) {
				statement.append( "upsert", BsonBoolean.TRUE );
			}
			return new BsonDocument( "update", new BsonString( collection ) )
					.append( "updates", new BsonArray( List.of( statement ) ) );
		}
	}

	/**
	 * Row changes of a collection table applied to the array in the owner's document: each execution is one
	 * row (owner, position, element); the rows of one JDBC batch are grouped by owner and
	 * {@link ArrayLayout#writes} turns each group into update statements, all run as one ordered
	 * {@code bulkWrite}. {@code position} (null when not bound) holds the position column, whose value is
	 * {@code base} for the first element.
	 */
	record ArrayUpdate(String collection, ArrayLayout array, ArrayLayout.Change change, Filter owner, ArrayElement element,
			Operand position, int base) implements MqlCommand {

		/** The row one execution binds. */
		public ArrayRow row(Values values) {
			BsonValue at = null;
			if ( position != null ) {
				at = values.isTemplate() ? position.template() : new BsonInt32( values.of( position ).asNumber().intValue() - base );
			}
			return new ArrayRow( at, element == null ? null : element.toBson( values ) );
		}

		/** The statements applying {@code rows}, all of the owner that {@code owner} selects. */
		public List<ArrayWrite> writes(BsonDocument owner, List<ArrayRow> rows) {
			boolean whole = change == ArrayLayout.Change.DELETE_ALL || change == ArrayLayout.Change.CLEAR;
			return array.writes( change, owner, whole ? List.of() : rows );
		}

		@Override
		public BsonDocument render(Values values) {
			BsonArray updates = new BsonArray();
			for ( ArrayWrite write : writes( owner.toBson( values ), List.of( row( values ) ) ) ) {
				BsonDocument statement = new BsonDocument( "q", write.filter() ).append( "u", write.update() );
				if ( !write.arrayFilters().isEmpty() ) {
					statement.append( "arrayFilters", new BsonArray( List.copyOf( write.arrayFilters() ) ) );
				}
				updates.add( statement );
			}
			return new BsonDocument( "update", new BsonString( collection ) ).append( "updates", updates );
		}
	}

	/**
	 * A bulk HQL update or delete whose rows only a read can find (a subquery or a path through an
	 * association in its WHERE clause): {@code rows}, an aggregate whose column {@code c0} is each row's
	 * {@code _id}, runs first; then {@code write}, an {@link Update} or {@link Delete} whose filter is
	 * <code>{_id: {$in: {"$readIds": "c0"}}}</code> ({@link Operand.ReadIds}), of all those documents at once.
	 */
	record ReadThenWrite(Aggregate rows, MqlCommand write) implements MqlCommand {
		@Override
		public String collection() {
			return write.collection();
		}

		@Override
		public BsonDocument render(Values values) {
			return rows.render( values ).append( "then", write.render( values ) );
		}
	}

	/**
	 * A bulk HQL update whose new values a read must compute per row (a subquery or a path through an
	 * association in its SET clause): {@code rows} yields each row's {@code _id} as {@code c0} and the new
	 * value of {@code paths.get(i)} as {@code c<i+1>}; each document is then written by {@code _id} with
	 * {@code $set} (or {@code $unset} for NULL) in ordered {@code bulkWrite}s.
	 */
	record RowValuesUpdate(Aggregate rows, String target, List<String> paths) implements MqlCommand {
		@Override
		public String collection() {
			return target;
		}

		@Override
		public BsonDocument render(Values values) {
			BsonDocument set = new BsonDocument();
			for ( int i = 0; i < paths.size(); i++ ) {
				set.append( paths.get( i ), new BsonDocument( "$row", new BsonString( "c" + ( i + 1 ) ) ) );
			}
			BsonDocument each = new BsonDocument( "q", new BsonDocument( "_id", new BsonDocument( "$row", new BsonString( "c0" ) ) ) )
					.append( "u", new BsonDocument( "$set", set ) );
			return rows.render( values ).append( "then", new BsonDocument( "update", new BsonString( target ) )
					.append( "updates", new BsonArray( List.of( each ) ) ).append( "perRow", BsonBoolean.TRUE ) );
		}
	}

	/**
	 * HQL {@code insert into … values (…), (…)} of several rows (or of one, {@code on conflict}): one ordered
	 * {@code insertMany} of the documents, each with its own slots; with an {@code identity}, each {@code _id}
	 * comes from that counter; with {@code conflicts} (null for none), rows that conflict are skipped or update the document.
	 */
	record InsertRows(String collection, List<DocumentShape> documents, IdentityCounter identity, OnConflict conflicts)
			implements MqlCommand {
		@Override
		public BsonDocument render(Values values) {
			BsonArray shown = new BsonArray();
			for ( DocumentShape document : documents ) {
				shown.add( new Insert( collection, document, identity ).render( values ).getArray( "documents" ).get( 0 ) );
			}
			return OnConflict.shown( new BsonDocument( "insert", new BsonString( collection ) ).append( "documents", shown ), conflicts );
		}
	}

	/**
	 * HQL {@code on conflict [(…)] do nothing | do update set … [where …]}. {@code do nothing}: a row that
	 * would duplicate an existing document is not inserted and not counted. With {@code paths} empty, a row
	 * conflicts when it would break any unique index (an unordered {@code insertMany} whose duplicate-key
	 * errors are skipped); with {@code paths}, when a document holds the row's values at those fields (an
	 * upsert with {@code $setOnInsert} per row; a row with a NULL there never conflicts, as in SQL; only
	 * top-level fields), and a duplicate key on another index fails the statement. {@code do update}
	 * ({@code assignments} not empty): per row, the document holding its values at {@code paths} gets the
	 * {@code assignments} when {@code where} (null for none) holds, computed by an {@code aggregate} that
	 * sees the row as the field {@value #EXCLUDED} ({@code excluded.x} in HQL), and is counted; a row
	 * without such a document is inserted and counted; as H2's {@code MERGE}.
	 */
	record OnConflict(List<String> paths, Map<String, Expression> assignments, Filter where) {

		/** The field that holds the row being inserted while a {@code do update} computes its values. */
		public static final String EXCLUDED = "#excluded";

		public boolean doNothing() {
			return assignments.isEmpty();
		}

		static BsonDocument shown(BsonDocument insert, OnConflict conflicts) {
			if ( conflicts == null ) {
				return insert;
			}
			BsonArray on = new BsonArray();
			conflicts.paths().forEach( path -> on.add( new BsonString( path ) ) );
			BsonDocument clause = new BsonDocument( "on", on );
			if ( conflicts.doNothing() ) {
				clause.append( "do", new BsonString( "nothing" ) );
			}
			else {
				BsonDocument set = new BsonDocument();
				conflicts.assignments().forEach( (path, value) -> set.append( path, value.toBson( Values.TEMPLATE ) ) );
				clause.append( "do", new BsonDocument( "$set", set ) );
				if ( conflicts.where() != null ) {
					clause.append( "where", conflicts.where().toBson( Values.TEMPLATE ) );
				}
			}
			return insert.append( "onConflict", clause );
		}
	}

	/**
	 * HQL {@code insert into … select …}: {@code rows}, an aggregate whose columns {@code c0…} are the
	 * inserted values, runs first and is read whole (so a select from the same collection never sees the
	 * documents being inserted); each row becomes the document of {@code insert}, whose slots are the
	 * row's columns ({@link Operand.RowColumn}); all are inserted with one ordered {@code insertMany}.
	 */
	record InsertSelect(Aggregate rows, Insert insert, OnConflict conflicts) implements MqlCommand {
		@Override
		public String collection() {
			return insert.collection();
		}

		@Override
		public BsonDocument render(Values values) {
			return rows.render( values ).append( "then", OnConflict.shown( insert.render( Values.TEMPLATE ), conflicts ) );
		}
	}

	/** A delete of one ({@code multi} false: an entity row) or all matching documents (bulk HQL). */
	record Delete(String collection, Filter filter, boolean multi) implements MqlCommand {
		@Override
		public BsonDocument render(Values values) {
			BsonDocument statement = new BsonDocument( "q", filter.toBson( values ) )
					.append( "limit", new BsonInt32( multi ? 0 : 1 ) );
			return new BsonDocument( "delete", new BsonString( collection ) )
					.append( "deletes", new BsonArray( List.of( statement ) ) );
		}
	}
}
