package io.hibermongo.dialect.spi;

import java.util.List;

import org.bson.BsonDocument;

/**
 * One update statement on an owner document: <code>{q: filter, u: update, arrayFilters: […]}</code>
 * ({@code arrayFilters} empty when the update names no <code>$[identifier]</code>). Statements of one
 * JDBC batch run as one ordered {@code bulkWrite}. {@code matches} is how many documents the statement
 * matches when the owner exists: 1, or 0 for the second of two statements whose filters exclude each
 * other (exactly one of them applies). When the total matched count of a batch falls short, Hibernate is
 * told no row was written, as for any write whose document is gone.
 */
public record ArrayWrite(BsonDocument filter, BsonDocument update, List<BsonDocument> arrayFilters, int matches) {

	/** A statement without array filters. */
	public ArrayWrite(BsonDocument filter, BsonDocument update, int matches) {
		this( filter, update, List.of(), matches );
	}
}
