package io.hibermongo.dialect.internal.mql;

import java.sql.SQLDataException;
import java.util.Arrays;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The result columns of a read (with the document fields they read) that an entity maps as not nullable, checked on every row under
 * {@code hibernate.mongodb.strict_reads}: a document lacking one of them is an error naming the entity, the
 * document's {@code _id} and the field, where by default the field would read as NULL.
 */
public record RequiredFields(String entity, int[] columns, String[] fields) {

	/** Throws when a required column of {@code row} (read from {@code document}) is missing or null. */
	void check(BsonDocument document, BsonValue[] row) throws SQLDataException {
		for ( int i = 0; i < columns.length; i++ ) {
			if ( row[columns[i]] == null || row[columns[i]].isNull() ) {
				BsonValue id = document.get( "_id" );
				throw new SQLDataException( "The document " + ( id == null ? "" : "with _id " + new BsonDocument( "_id", id ).toJson() + " " )
						+ "lacks the field '" + fields[i] + "', which entity '" + entity
						+ "' maps as not nullable (hibernate.mongodb.strict_reads)", "22004" );
			}
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RequiredFields that && entity.equals( that.entity ) && Arrays.equals( columns, that.columns )
				&& Arrays.equals( fields, that.fields );
	}

	@Override
	public int hashCode() {
		return entity.hashCode() * 31 + Arrays.hashCode( columns );
	}

	@Override
	public String toString() {
		return "RequiredFields[" + entity + ", " + Arrays.toString( columns ) + ", " + Arrays.toString( fields ) + "]";
	}
}
