package io.hibermongo.dialect.internal.mql;

import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * The field paths a read returns as JDBC columns, in column order, split into segments once when the
 * command is built so that reading a row only walks documents.
 * <p>
 * With {@link Unwind}s, each document is expanded into rows here, on the client: one row per combination
 * of the non-NULL elements of the unwound arrays (a column under an unwound path reads from the element,
 * its index and key fields from the element's position and the owner's {@code _id}). That is what
 * {@code $unwind} does on the server, without repeating the owner's fields in every row sent and while a
 * {@code find} by {@code _id} keeps its index.
 */
public final class ResultColumns {

	private static final int NO_UNWIND = -1;

	private final List<String> paths;
	private final List<Unwind> unwinds;
	private final String[][] segments;
	/** Per column: the unwind it reads from, or {@link #NO_UNWIND}; and what of it (element, index or key). */
	private final int[] unwindOf;
	private final Source[] sources;
	private final BsonDocument projection;
	private final RequiredFields required;

	private enum Source { DOCUMENT, ELEMENT, INDEX, KEY }

	public ResultColumns(List<String> paths) {
		this( paths, List.of(), null );
	}

	/** Columns of which {@code required} (null for none) must be present in every document read. */
	public ResultColumns(List<String> paths, RequiredFields required) {
		this( paths, List.of(), required );
	}

	public ResultColumns(List<String> paths, List<Unwind> unwinds) {
		this( paths, unwinds, null );
	}

	/**
	 * Columns read from documents whose arrays at {@code unwinds} are unwound here; {@code required} (null
	 * for none) must be present in every row.
	 */
	public ResultColumns(List<String> paths, List<Unwind> unwinds, RequiredFields required) {
		this.paths = List.copyOf( paths );
		this.unwinds = List.copyOf( unwinds );
		this.required = required;
		this.segments = new String[paths.size()][];
		this.unwindOf = new int[paths.size()];
		this.sources = new Source[paths.size()];
		BsonDocument include = new BsonDocument();
		boolean id = false;
		for ( int i = 0; i < paths.size(); i++ ) {
			String path = paths.get( i );
			resolve( i, path );
			if ( sources[i] == Source.DOCUMENT ) {
				include.append( path, new BsonInt32( 1 ) );
				id |= path.equals( "_id" ) || path.startsWith( "_id." );
			}
			else if ( sources[i] == Source.KEY && !id ) {
				include.append( "_id", new BsonInt32( 1 ) );
				id = true;
			}
		}
		for ( Unwind unwind : unwinds ) {
			include.append( unwind.path(), new BsonInt32( 1 ) );
		}
		if ( !id ) {
			include.append( "_id", new BsonInt32( 0 ) );
		}
		this.projection = include;
	}

	private void resolve(int column, String path) {
		unwindOf[column] = NO_UNWIND;
		sources[column] = Source.DOCUMENT;
		String rest = path;
		for ( int u = 0; u < unwinds.size(); u++ ) {
			Unwind unwind = unwinds.get( u );
			if ( path.equals( unwind.indexField() ) ) {
				sources[column] = Source.INDEX;
			}
			else if ( path.equals( unwind.path() ) || path.startsWith( unwind.path() + "." ) ) {
				sources[column] = Source.ELEMENT;
				rest = path.substring( unwind.path().length() );
			}
			else if ( path.equals( unwind.keyField() ) || path.startsWith( unwind.keyField() + "." ) ) {
				sources[column] = Source.KEY;
				rest = "_id" + path.substring( unwind.keyField().length() );
			}
			else {
				continue;
			}
			unwindOf[column] = u;
			break;
		}
		segments[column] = rest.isEmpty() ? new String[0] : ( rest.startsWith( "." ) ? rest.substring( 1 ) : rest ).split( "\\." );
	}

	public int size() {
		return segments.length;
	}

	public String path(int index) {
		return paths.get( index );
	}

	/** The {@code find} projection that returns exactly these fields (whole arrays for those unwound here). */
	public BsonDocument projection() {
		return projection.clone();
	}

	/** The arrays this read unwinds on the client, as the {@code $unwind} stages they stand for. */
	public BsonArray expansion() {
		BsonArray stages = new BsonArray();
		unwinds.forEach( unwind -> stages.add( unwind.stage() ) );
		return stages;
	}

	/** The value of column {@code index} in {@code document}; null when the field is missing. */
	public BsonValue read(BsonDocument document, int index) {
		return walk( document, segments[index] );
	}

	/**
	 * The rows {@code document} stands for: itself, or one per combination of unwound elements.
	 *
	 * @throws SQLDataException if a required field is missing (strict reads)
	 */
	public List<BsonValue[]> rows(BsonDocument document) throws SQLDataException {
		if ( unwinds.isEmpty() ) {
			BsonValue[] row = new BsonValue[segments.length];
			for ( int i = 0; i < row.length; i++ ) {
				row[i] = read( document, i );
			}
			if ( required != null ) {
				required.check( document, row );
			}
			return List.<BsonValue[]>of( row );
		}
		List<int[]> combinations = new ArrayList<>();
		combinations.add( new int[0] );
		List<BsonArray> arrays = new ArrayList<>( unwinds.size() );
		for ( Unwind unwind : unwinds ) {
			BsonValue array = walk( document, unwind.path().split( "\\." ) );
			BsonArray elements = array instanceof BsonArray values ? values : new BsonArray();
			arrays.add( elements );
			List<int[]> next = new ArrayList<>();
			for ( int[] combination : combinations ) {
				boolean any = false;
				for ( int e = 0; e < elements.size(); e++ ) {
					if ( !elements.get( e ).isNull() ) {
						next.add( append( combination, e ) );
						any = true;
					}
				}
				if ( !any && unwind.outer() ) {
					next.add( append( combination, -1 ) );
				}
			}
			combinations = next;
		}
		List<BsonValue[]> rows = new ArrayList<>( combinations.size() );
		for ( int[] combination : combinations ) {
			BsonValue[] row = new BsonValue[segments.length];
			for ( int i = 0; i < row.length; i++ ) {
				row[i] = value( document, arrays, combination, i );
			}
			if ( required != null ) {
				required.check( document, row );
			}
			rows.add( row );
		}
		return rows;
	}

	private BsonValue value(BsonDocument document, List<BsonArray> arrays, int[] combination, int column) {
		if ( sources[column] == Source.DOCUMENT ) {
			return read( document, column );
		}
		int element = combination[unwindOf[column]];
		if ( element < 0 ) {
			return null;
		}
		return switch ( sources[column] ) {
			case ELEMENT -> walk( arrays.get( unwindOf[column] ).get( element ), segments[column] );
			case INDEX -> new BsonInt32( element + unwinds.get( unwindOf[column] ).base() );
			case KEY -> read( document, column );
			case DOCUMENT -> throw new AssertionError( column );
		};
	}

	private static int[] append(int[] combination, int element) {
		int[] next = Arrays.copyOf( combination, combination.length + 1 );
		next[combination.length] = element;
		return next;
	}

	private static BsonValue walk(BsonValue start, String[] segments) {
		BsonValue value = start;
		for ( String segment : segments ) {
			if ( !( value instanceof BsonDocument nested ) ) {
				return null;
			}
			value = nested.get( segment );
		}
		return value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ResultColumns that && paths.equals( that.paths ) && unwinds.equals( that.unwinds )
				&& Objects.equals( required, that.required );
	}

	@Override
	public int hashCode() {
		return paths.hashCode() * 31 + unwinds.hashCode();
	}
}
