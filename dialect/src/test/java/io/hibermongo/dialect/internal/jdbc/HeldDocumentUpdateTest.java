package io.hibermongo.dialect.internal.jdbc;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The update statements folded into a held document give the document the server would store after the
 * insert and the same statements; what is not understood is answered "cannot tell", never guessed.
 */
class HeldDocumentUpdateTest {

	private static BsonDocument applied(String document, String update) {
		BsonDocument held = BsonDocument.parse( document );
		assertThat( HeldDocumentUpdate.apply( held, BsonDocument.parse( update ) ) ).isTrue();
		return held;
	}

	@Test
	void pushWithEachCreatesAMissingArrayAndAppendsToAnExistingOne() {
		assertThat( applied( "{_id: 1}", "{$push: {tags: {$each: ['a', 'b']}}}" ) ).isEqualTo( BsonDocument.parse( "{_id: 1, tags: ['a', 'b']}" ) );
		assertThat( applied( "{_id: 1, tags: ['a']}", "{$push: {tags: {$each: ['b']}}}" ) ).isEqualTo( BsonDocument.parse( "{_id: 1, tags: ['a', 'b']}" ) );
	}

	@Test
	void setOfAPositionPadsTheArrayWithNullAsTheServerDoes() {
		assertThat( applied( "{_id: 1, titles: ['a']}", "{$set: {'titles.3': 'd'}}" ) ).isEqualTo( BsonDocument.parse( "{_id: 1, titles: ['a', null, null, 'd']}" ) );
	}

	@Test
	void setOfADottedPathCreatesTheDocumentsOnTheWay() {
		assertThat( applied( "{_id: 1}", "{$set: {'address.tags': []}}" ) ).isEqualTo( BsonDocument.parse( "{_id: 1, address: {tags: []}}" ) );
	}

	@Test
	void newFieldsLandInLexicographicOrderAsOnMongoDb5() {
		BsonDocument held = applied( "{_id: 1}", "{$set: {zeta: 1, alpha: 2}}" );
		assertThat( held.keySet() ).containsExactly( "_id", "alpha", "zeta" );
	}

	@Test
	void unsetRemovesAFieldAndIgnoresAMissingOne() {
		assertThat( applied( "{_id: 1, a: 1}", "{$unset: {a: '', 'b.c': ''}}" ) ).isEqualTo( BsonDocument.parse( "{_id: 1}" ) );
	}

	@Test
	void emptySetMatchesAndChangesNothing() {
		assertThat( applied( "{_id: 1, a: 1}", "{$set: {}}" ) ).isEqualTo( BsonDocument.parse( "{_id: 1, a: 1}" ) );
	}

	@Test
	void updatesItDoesNotKnowAreRefused() {
		assertThat( HeldDocumentUpdate.apply( BsonDocument.parse( "{_id: 1, tags: ['a']}" ), BsonDocument.parse( "{$pull: {tags: 'a'}}" ) ) ).isFalse();
		assertThat( HeldDocumentUpdate.apply( BsonDocument.parse( "{_id: 1, t: []}" ), BsonDocument.parse( "{$push: {t: {$each: [], $slice: 1}}}" ) ) ).isFalse();
		assertThat( HeldDocumentUpdate.apply( BsonDocument.parse( "{_id: 1, a: 5}" ), BsonDocument.parse( "{$set: {'a.b': 1}}" ) ) ).as( "a field inside a number" ).isFalse();
		assertThat( HeldDocumentUpdate.apply( BsonDocument.parse( "{_id: 1, a: 5}" ), BsonDocument.parse( "{$push: {a: 1}}" ) ) ).as( "a push onto a number" ).isFalse();
	}

	@Test
	void filtersCompareNumbersByValueAndTestExistence() {
		BsonDocument held = BsonDocument.parse( "{_id: {$numberLong: '7'}, version: 0, titles: ['a']}" );
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{$and: [{_id: 7}, {version: {$numberLong: '0'}}]}" ) ) ).isTrue();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: 7, version: 1}" ) ) ).isFalse();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: 7, titles: {$exists: true}}" ) ) ).isTrue();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: 7, 'titles.1': {$exists: false}}" ) ) ).isTrue();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: 7, missing: null}" ) ) ).isTrue();
	}

	@Test
	void filtersItCannotDecideAreNotGuessed() {
		BsonDocument held = BsonDocument.parse( "{_id: 7, tags: ['a'], notes: [{k: 'x'}]}" );
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: 7, tags: 'a'}" ) ) ).as( "equality with an array's elements" ).isNull();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: 7, 'notes.k': {$exists: true}}" ) ) ).as( "a path into elements" ).isNull();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{_id: {$in: [7]}}" ) ) ).isNull();
		assertThat( HeldDocumentUpdate.matches( held, BsonDocument.parse( "{$or: [{_id: 7}]}" ) ) ).isNull();
	}

	@Test
	void theHeldDocumentIsNamedByItsPlainIdCondition() {
		assertThat( HeldDocumentUpdate.id( BsonDocument.parse( "{_id: 7, titles: {$exists: true}}" ) ) ).isEqualTo( BsonDocument.parse( "{v: 7}" ).get( "v" ) );
		assertThat( HeldDocumentUpdate.id( BsonDocument.parse( "{$and: [{_id: 7}, {version: 0}]}" ) ) ).isEqualTo( BsonDocument.parse( "{v: 7}" ).get( "v" ) );
		assertThat( HeldDocumentUpdate.id( BsonDocument.parse( "{_id: {$in: [7]}}" ) ) ).isNull();
	}
}
