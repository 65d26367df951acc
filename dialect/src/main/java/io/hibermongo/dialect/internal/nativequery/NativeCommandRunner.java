package io.hibermongo.dialect.internal.nativequery;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Runs native commands as the user wrote them ({@code runCommand} on the connection's session, so they
 * join its transaction), with a few adjustments MongoDB needs:
 * <ul>
 * <li>{@code aggregate} gets the {@code cursor} option the server requires; {@code setMaxRows} (how
 *     Hibernate applies {@code setMaxResults} to native queries) becomes a {@code limit} for {@code find}
 *     and a final {@code $limit} stage, {@code setFetchSize} the cursor's batch size;</li>
 * <li>{@code count} runs as the equivalent {@code aggregate}, since MongoDB refuses {@code count} inside a
 *     transaction; its one row is <code>{n: …}</code>, 0 when nothing matches;</li>
 * <li>{@code distinct} returns one row per value, in a column named by its {@code key};</li>
 * <li>{@code findAndModify} returns the document it found (no row when none) to a query, and the number of
 *     documents it modified to {@code executeUpdate()}.</li>
 * </ul>
 * Write errors in a reply are thrown as the {@link MongoException} they describe.
 */
public final class NativeCommandRunner {

	private static final String COUNT = "n";

	private final MongoDatabase database;
	private final ClientSession session;

	/** {@code session} may be null: the command then runs on its own. */
	public NativeCommandRunner(MongoDatabase database, ClientSession session) {
		this.database = database;
		this.session = session;
	}

	/**
	 * The command a read sends: {@code command} with {@code parameters} bound and the adjustments above.
	 *
	 * @throws IllegalStateException for a write command
	 */
	public static BsonDocument readCommand(NativeCommand command, BsonValue[] parameters, int fetchSize, int maxRows) {
		BsonDocument bound = command.bind( parameters );
		switch ( command.kind() ) {
			case FIND -> {
				if ( maxRows > 0 && ( !bound.isNumber( "limit" ) || bound.getNumber( "limit" ).longValue() > maxRows ) ) {
					bound.put( "limit", new BsonInt32( maxRows ) );
				}
				if ( fetchSize > 0 ) {
					bound.put( "batchSize", new BsonInt32( fetchSize ) );
				}
				return bound;
			}
			case AGGREGATE -> {
				if ( maxRows > 0 && !writesOut( bound ) ) {
					List<BsonValue> stages = new ArrayList<>( bound.getArray( "pipeline" ) );
					stages.add( new BsonDocument( "$limit", new BsonInt32( maxRows ) ) );
					bound.put( "pipeline", new BsonArray( stages ) );
				}
				return withCursor( bound, fetchSize );
			}
			case COUNT -> {
				return countAsAggregate( bound, fetchSize );
			}
			case DISTINCT, FIND_AND_MODIFY -> {
				return bound;
			}
			default -> throw new IllegalStateException( "The " + command.kind().commandName()
					+ " command of a native query is a write: run it with executeUpdate(): " + command.text() );
		}
	}

	/**
	 * {@code sent} with the statement's query timeout as {@code maxTimeMS}, unless the user's command sets
	 * one or the timeout is 0. {@code insert} gets none (the driver's write path for it has no time limit;
	 * see docs/DESIGN.md, "Query timeouts").
	 */
	public static BsonDocument limited(NativeCommand command, BsonDocument sent, int timeoutSeconds) {
		if ( timeoutSeconds > 0 && command.kind() != NativeCommand.Kind.INSERT && !sent.containsKey( "maxTimeMS" ) ) {
			sent.put( "maxTimeMS", new BsonInt64( timeoutSeconds * 1000L ) );
		}
		return sent;
	}

	/**
	 * Sends the {@link #readCommand read command} of {@code command} and returns its result documents,
	 * streamed from the server cursor for find and aggregate.
	 */
	public Iterator<BsonDocument> rows(NativeCommand command, BsonDocument sent, int fetchSize) {
		BsonDocument reply = run( sent );
		return switch ( command.kind() ) {
			case FIND, AGGREGATE -> new CommandCursor( this::run, command.collection(), reply, fetchSize );
			case COUNT -> countRow( new CommandCursor( this::run, command.collection(), reply, fetchSize ) );
			case DISTINCT -> distinctRows( sent.getString( "key" ).getValue(), reply.getArray( "values" ) );
			default -> {
				BsonValue found = reply.get( "value", BsonNull.VALUE );
				yield found.isDocument() ? List.of( found.asDocument() ).iterator() : List.<BsonDocument>of().iterator();
			}
		};
	}

	/**
	 * Sends {@code bound}, the write {@code command} with its parameters bound, and returns the count MongoDB
	 * reports: documents inserted, matched (as relational databases count updated rows) or deleted; for
	 * {@code findAndModify} the documents it modified; 0 for an {@code aggregate} ending in {@code $out} or
	 * {@code $merge}, for which MongoDB reports no count.
	 *
	 * @throws IllegalStateException for a read command
	 */
	public long update(NativeCommand command, BsonDocument bound) {
		switch ( command.kind() ) {
			case INSERT, UPDATE, DELETE -> {
				return checked( run( bound ) ).getNumber( COUNT ).longValue();
			}
			case FIND_AND_MODIFY -> {
				return checked( run( bound ) ).getDocument( "lastErrorObject", new BsonDocument() )
						.getNumber( COUNT, new BsonInt32( 0 ) ).longValue();
			}
			case AGGREGATE -> {
				if ( writesOut( bound ) ) {
					new CommandCursor( this::run, command.collection(), run( withCursor( bound, 0 ) ), 0 ).close();
					return 0;
				}
				throw readRefused( command );
			}
			default -> throw readRefused( command );
		}
	}

	private static IllegalStateException readRefused(NativeCommand command) {
		return new IllegalStateException( "The " + command.kind().commandName()
				+ " command of a native query only reads: run it with getResultList(): " + command.text() );
	}

	/** The one place that picks the driver's overload with or without a session. */
	private BsonDocument run(BsonDocument command) {
		return session == null ? database.runCommand( command, BsonDocument.class )
				: database.runCommand( session, command, BsonDocument.class );
	}

	private static boolean writesOut(BsonDocument aggregate) {
		BsonArray pipeline = aggregate.getArray( "pipeline", new BsonArray() );
		if ( pipeline.isEmpty() || !pipeline.get( pipeline.size() - 1 ).isDocument() ) {
			return false;
		}
		BsonDocument last = pipeline.get( pipeline.size() - 1 ).asDocument();
		return last.containsKey( "$out" ) || last.containsKey( "$merge" );
	}

	private static BsonDocument withCursor(BsonDocument aggregate, int fetchSize) {
		BsonDocument cursor = aggregate.getDocument( "cursor", new BsonDocument() ).clone();
		if ( fetchSize > 0 ) {
			cursor.put( "batchSize", new BsonInt32( fetchSize ) );
		}
		aggregate.put( "cursor", cursor );
		return aggregate;
	}

	private static BsonDocument countAsAggregate(BsonDocument count, int fetchSize) {
		BsonArray pipeline = new BsonArray();
		pipeline.add( new BsonDocument( "$match", count.getDocument( "query", new BsonDocument() ) ) );
		if ( count.isNumber( "skip" ) ) {
			pipeline.add( new BsonDocument( "$skip", count.get( "skip" ) ) );
		}
		if ( count.isNumber( "limit" ) && count.getNumber( "limit" ).longValue() != 0 ) {
			pipeline.add( new BsonDocument( "$limit", new BsonInt32( Math.abs( count.getNumber( "limit" ).intValue() ) ) ) );
		}
		pipeline.add( new BsonDocument( "$group", new BsonDocument( "_id", BsonNull.VALUE )
				.append( COUNT, new BsonDocument( "$sum", new BsonInt32( 1 ) ) ) ) );
		BsonDocument aggregate = new BsonDocument( "aggregate", count.get( "count" ) ).append( "pipeline", pipeline );
		for ( String option : List.of( "hint", "collation", "comment", "maxTimeMS", "readConcern" ) ) {
			if ( count.containsKey( option ) ) {
				aggregate.put( option, count.get( option ) );
			}
		}
		return withCursor( aggregate, fetchSize );
	}

	private static Iterator<BsonDocument> countRow(CommandCursor groups) {
		BsonValue count = new BsonInt32( 0 );
		if ( groups.hasNext() ) {
			count = groups.next().get( COUNT );
		}
		groups.close();
		return List.of( new BsonDocument( COUNT, count ) ).iterator();
	}

	private static Iterator<BsonDocument> distinctRows(String key, BsonArray values) {
		List<BsonDocument> rows = new ArrayList<>( values.size() );
		for ( BsonValue value : values ) {
			rows.add( new BsonDocument( key, value ) );
		}
		return rows.iterator();
	}

	/** {@code reply} unless it reports write errors or a write concern error, which are thrown. */
	private static BsonDocument checked(BsonDocument reply) {
		BsonArray errors = reply.getArray( "writeErrors", new BsonArray() );
		BsonDocument error = !errors.isEmpty() ? errors.get( 0 ).asDocument() : reply.getDocument( "writeConcernError", null );
		if ( error != null ) {
			throw new MongoException( error.getNumber( "code", new BsonInt32( -1 ) ).intValue(),
					error.getString( "errmsg", new BsonString( "write failed" ) ).getValue() );
		}
		return reply;
	}
}
