package io.hibermongo.dialect.internal.mql;

import java.util.List;

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

	public ResultColumns(List<String> paths) {
		this.paths = List.copyOf( paths );
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

	@Override
	public boolean equals(Object other) {
		return other instanceof ResultColumns that && paths.equals( that.paths );
	}

	@Override
	public int hashCode() {
		return paths.hashCode();
	}
}
