package io.hibermongo.dialect.internal.mql;

import java.sql.SQLDataException;
import java.util.List;
import java.util.Objects;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * The field paths a read returns as JDBC columns, in column order, split into segments once when the
 * command is built so that reading a row only walks documents.
 */
public final class ResultColumns {

	private final List<String> paths;
	private final String[][] segments;
	private final BsonDocument projection;
	private final RequiredFields required;

	public ResultColumns(List<String> paths) {
		this( paths, null );
	}

	/** Columns of which {@code required} (null for none) must be present in every document read. */
	public ResultColumns(List<String> paths, RequiredFields required) {
		this.paths = List.copyOf( paths );
		this.required = required;
		this.segments = new String[paths.size()][];
		BsonDocument include = new BsonDocument();
		for ( int i = 0; i < paths.size(); i++ ) {
			segments[i] = paths.get( i ).split( "\\." );
			include.append( paths.get( i ), new BsonInt32( 1 ) );
		}
		if ( paths.stream().noneMatch( path -> path.equals( "_id" ) || path.startsWith( "_id." ) ) ) {
			include.append( "_id", new BsonInt32( 0 ) );
		}
		this.projection = include;
	}

	public int size() {
		return segments.length;
	}

	public String path(int index) {
		return paths.get( index );
	}

	/** The {@code find} projection that returns exactly these fields. */
	public BsonDocument projection() {
		return projection.clone();
	}

	/** The value of column {@code index} in {@code document}; null when the field is missing. */
	public BsonValue read(BsonDocument document, int index) {
		BsonValue value = document;
		for ( String segment : segments[index] ) {
			if ( !( value instanceof BsonDocument nested ) ) {
				return null;
			}
			value = nested.get( segment );
		}
		return value;
	}

	/**
	 * The values of these columns in {@code document}; a required column that is missing fails.
	 *
	 * @throws SQLDataException if a required field is missing (strict reads)
	 */
	public BsonValue[] readRow(BsonDocument document) throws SQLDataException {
		BsonValue[] row = new BsonValue[segments.length];
		for ( int i = 0; i < row.length; i++ ) {
			row[i] = read( document, i );
		}
		if ( required != null ) {
			required.check( document, row );
		}
		return row;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ResultColumns that && paths.equals( that.paths ) && Objects.equals( required, that.required );
	}

	@Override
	public int hashCode() {
		return paths.hashCode();
	}
}
