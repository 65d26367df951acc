package io.hibermongo.dialect.internal.mql;

import java.util.Arrays;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code field in} the elements of one array parameter follows SQL as an IN list does: NULL elements
 * never match, and a NOT IN with a NULL element matches nothing.
 */
class InArrayTest {

	private static final Filter.InArray IN = new Filter.InArray( "_id", new Operand.Parameter( 0 ), false );
	private static final Filter.InArray NOT_IN = new Filter.InArray( "_id", new Operand.Parameter( 0 ), true );

	@Test
	void statementTextShowsTheArraySlot() {
		assertThat( IN.toBson( Values.TEMPLATE ) ).isEqualTo( BsonDocument.parse( "{\"_id\": {\"$in\": {\"$param\": 1}}}" ) );
	}

	@Test
	void elementsAreTheValuesMatched() {
		assertThat( IN.toBson( bound( array( 1L, 2L ) ) ) ).isEqualTo( BsonDocument.parse(
				"{\"_id\": {\"$in\": [{\"$numberLong\": \"1\"}, {\"$numberLong\": \"2\"}]}}" ) );
	}

	@Test
	void nullElementsNeverMatch() {
		assertThat( IN.toBson( bound( array( 1L, null ) ) ) ).isEqualTo( BsonDocument.parse(
				"{\"_id\": {\"$in\": [{\"$numberLong\": \"1\"}]}}" ) );
	}

	@Test
	void arrayOfNullsMatchesNothing() {
		assertThat( IN.toBson( bound( array( (Long) null ) ) ) ).isEqualTo( Filter.NOTHING );
	}

	@Test
	void nullArrayMatchesNothing() {
		assertThat( IN.toBson( bound( BsonNull.VALUE ) ) ).isEqualTo( Filter.NOTHING );
	}

	@Test
	void notInExcludesNullAndMissing() {
		assertThat( NOT_IN.toBson( bound( array( 1L ) ) ) ).isEqualTo( BsonDocument.parse(
				"{\"_id\": {\"$nin\": [{\"$numberLong\": \"1\"}, null]}}" ) );
	}

	@Test
	void notInWithANullElementMatchesNothing() {
		assertThat( NOT_IN.toBson( bound( array( 1L, null ) ) ) ).isEqualTo( Filter.NOTHING );
	}

	private static BsonArray array(Long... keys) {
		List<BsonValue> values = Arrays.stream( keys ).map( key -> key == null ? (BsonValue) BsonNull.VALUE : new BsonInt64( key ) ).toList();
		return new BsonArray( values );
	}

	private static Values bound(BsonValue array) {
		return Values.bound( new BsonValue[] { array } );
	}
}
