package io.hibermongo.dialect.internal.mql;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * One output of {@code $setWindowFields}: a window operator over the rows of a partition,
 * <code>{$sum: x, window: {documents: ["unbounded", "current"]}}</code>. Without bounds the window is the
 * whole partition (MongoDB's default) or, for operators that take no window ({@code $shift}), none.
 *
 * @param operator the window operator ({@code $sum}, {@code $first}, {@code $shift}, …)
 * @param argument its argument, an expression or, for {@code $shift} and {@code $firstN}, a document of options
 * @param bounds the rows the operator reads, or null
 */
public record WindowOutput(String operator, Expression argument, Bounds bounds) {

	/**
	 * The {@code window} of an output: {@code documents} (positions relative to the current row, in the
	 * partition's sort order) or {@code range} (values relative to the current row's single sort key),
	 * each bound {@code "unbounded"}, {@code "current"} or a number.
	 */
	public record Bounds(String unit, BsonValue lower, BsonValue upper) {
	}

	BsonDocument toBson(Values values) {
		BsonDocument output = new BsonDocument( operator, argument.toBson( values ) );
		if ( bounds != null ) {
			output.append( "window", new BsonDocument( bounds.unit(), new BsonArray( java.util.List.of( bounds.lower(), bounds.upper() ) ) ) );
		}
		return output;
	}
}
