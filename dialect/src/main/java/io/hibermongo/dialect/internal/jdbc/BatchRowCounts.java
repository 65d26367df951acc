package io.hibermongo.dialect.internal.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * The update count of each row of an entity update or delete batch. A {@code bulkWrite} reports only
 * how many of its rows matched; when that falls short, the rows' documents are read by their
 * {@code _id} (one {@code find}) to tell which rows did not apply:
 * <ul>
 * <li>an update did not apply when its document is gone or does not hold the values the row writes;</li>
 * <li>a delete did not apply when its document is still there;</li>
 * <li>every other row reports 1: the database holds what the row meant to leave, whoever wrote it.</li>
 * </ul>
 * When the rows found not applied do not explain the whole shortfall (another writer stored exactly
 * this row's values, or deleted its document first), no read can tell which row missed: then every row
 * reports 0, and Hibernate names the batch's first entity, as it would for a statement that failed as a
 * whole.
 */
final class BatchRowCounts {

	private BatchRowCounts() {
	}

	/** Counts without reading: all 1 when the server applied every row, otherwise all 0. */
	static int[] unread(int rows, long applied) {
		int[] counts = new int[rows];
		Arrays.fill( counts, applied >= rows ? 1 : 0 );
		return counts;
	}

	/** The counts of {@code rows} of {@code command}, of which the server reported {@code applied} as applied. */
	static int[] read(SessionDatabase database, MqlCommand command, List<Values> rows, long applied) {
		if ( applied >= rows.size() ) {
			return unread( rows.size(), applied );
		}
		List<List<Key>> keys = new ArrayList<>( rows.size() );
		for ( Values row : rows ) {
			List<Key> key = key( command, row );
			if ( key.isEmpty() ) {
				return unread( rows.size(), applied );
			}
			keys.add( key );
		}
		List<BsonDocument> documents = documents( database, command, rows, keys );
		int[] counts = new int[rows.size()];
		int notApplied = 0;
		for ( int i = 0; i < rows.size(); i++ ) {
			BsonDocument document = find( documents, keys.get( i ) );
			boolean applies = command instanceof MqlCommand.Update update ? document != null && holds( document, update, rows.get( i ) )
					: document == null;
			counts[i] = applies ? 1 : 0;
			if ( !applies ) {
				notApplied++;
			}
		}
		return notApplied >= rows.size() - applied ? counts : unread( rows.size(), applied );
	}

	/** One part of a row's document key: an {@code _id} path and the value the row's filter compares it with. */
	private record Key(String path, BsonValue value) {
	}

	/** The key comparisons of the row's filter ({@code _id}, or the fields of a composite {@code _id}). */
	private static List<Key> key(MqlCommand command, Values row) {
		Filter filter = command instanceof MqlCommand.Update update ? update.filter() : ( (MqlCommand.Delete) command ).filter();
		List<Filter> parts = filter instanceof Filter.And and ? and.parts() : List.of( filter );
		List<Key> key = new ArrayList<>();
		for ( Filter part : parts ) {
			if ( part instanceof Filter.Comparison comparison && comparison.operator() == Filter.Operator.EQ
					&& ( comparison.path().equals( "_id" ) || comparison.path().startsWith( "_id." ) ) ) {
				key.add( new Key( comparison.path(), row.of( comparison.operand() ) ) );
			}
		}
		return key;
	}

	/** The documents of the rows, with the top-level fields the keys and the update's values live in. */
	private static List<BsonDocument> documents(SessionDatabase database, MqlCommand command, List<Values> rows, List<List<Key>> keys) {
		Set<String> fields = new LinkedHashSet<>();
		BsonArray anyRow = new BsonArray();
		for ( int i = 0; i < rows.size(); i++ ) {
			BsonDocument filter = new BsonDocument();
			for ( Key part : keys.get( i ) ) {
				filter.append( part.path(), part.value() );
				fields.add( topLevel( part.path() ) );
			}
			anyRow.add( filter );
			if ( command instanceof MqlCommand.Update update ) {
				update.assignments().keySet().forEach( path -> fields.add( topLevel( path ) ) );
			}
		}
		BsonDocument projection = new BsonDocument();
		fields.forEach( field -> projection.append( field, new BsonInt32( 1 ) ) );
		BsonDocument filter = anyRow.size() == 1 ? anyRow.get( 0 ).asDocument() : new BsonDocument( "$or", anyRow );
		return database.find( command.collection(), filter ).projection( projection ).into( new ArrayList<>() );
	}

	private static BsonDocument find(List<BsonDocument> documents, List<Key> key) {
		for ( BsonDocument document : documents ) {
			if ( key.stream().allMatch( part -> same( valueAt( document, part.path() ), part.value() ) ) ) {
				return document;
			}
		}
		return null;
	}

	/** Whether {@code document} holds the values the row's update sets, and lacks the ones it unsets. */
	private static boolean holds(BsonDocument document, MqlCommand.Update update, Values row) {
		BsonDocument change = update.update( row ).asDocument();
		BsonDocument set = change.getDocument( "$set", new BsonDocument() );
		BsonDocument unset = change.getDocument( "$unset", new BsonDocument() );
		for ( String path : set.keySet() ) {
			if ( !same( valueAt( document, path ), set.get( path ) ) ) {
				return false;
			}
		}
		for ( String path : unset.keySet() ) {
			BsonValue value = valueAt( document, path );
			if ( value != null && !value.isNull() ) {
				return false;
			}
		}
		return true;
	}

	/** Equal values; numbers by value, as the server's filter compares them ({@code 3} matches {@code 3L}). */
	private static boolean same(BsonValue stored, BsonValue expected) {
		if ( stored == null || stored.equals( expected ) ) {
			return stored != null;
		}
		if ( !stored.isNumber() || !expected.isNumber() ) {
			return false;
		}
		try {
			return stored.asNumber().decimal128Value().bigDecimalValue().compareTo( expected.asNumber().decimal128Value().bigDecimalValue() ) == 0;
		}
		catch (ArithmeticException notFinite) {
			return false;
		}
	}

	private static BsonValue valueAt(BsonDocument document, String path) {
		BsonValue value = document;
		for ( String segment : path.split( "\\." ) ) {
			if ( !( value instanceof BsonDocument container ) ) {
				return null;
			}
			value = container.get( segment );
		}
		return value;
	}

	private static String topLevel(String path) {
		int dot = path.indexOf( '.' );
		return dot < 0 ? path : path.substring( 0, dot );
	}
}
