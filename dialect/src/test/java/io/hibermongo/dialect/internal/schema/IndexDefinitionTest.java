package io.hibermongo.dialect.internal.schema;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing a mapped index with what a real server's {@code listIndexes} reports, which adds its own fields. */
class IndexDefinitionTest {

	private static IndexDefinition index(String key, String options) {
		return new IndexDefinition( "i", BsonDocument.parse( key ), BsonDocument.parse( options ), "test" );
	}

	@Test
	void serverAddedFieldsAndNumberTypesAreNoDifference() {
		IndexDefinition ttl = index( "{at: 1}", "{expireAfterSeconds: 60}" );

		assertThat( ttl.differenceFrom( BsonDocument.parse( "{v: 2, key: {at: 1.0}, name: 'i', expireAfterSeconds: {$numberLong: '60'}}" ) ) )
				.isNull();
	}

	@Test
	void aTextIndexIsComparedByItsWeights() {
		IndexDefinition text = index( "{title: 'text', summary: 'text'}", "{}" );
		BsonDocument listed = BsonDocument.parse( "{v: 2, key: {_fts: 'text', _ftsx: 1}, name: 'i', weights: {summary: 1, title: 1}, "
				+ "default_language: 'english', language_override: 'language', textIndexVersion: 3}" );

		assertThat( text.differenceFrom( listed ) ).isNull();
		assertThat( index( "{title: 'text'}", "{}" ).differenceFrom( listed ) ).startsWith( "key " );
	}

	@Test
	void aCollationIsComparedByItsLocale() {
		IndexDefinition french = index( "{title: 1}", "{collation: {locale: 'fr'}}" );
		String expanded = "{key: {title: 1}, name: 'i', collation: {locale: '%s', caseLevel: false, caseFirst: 'off', strength: 3, "
				+ "numericOrdering: false, alternate: 'non-ignorable', maxVariable: 'punct', normalization: false, backwards: false, version: '57.1'}}";

		assertThat( french.differenceFrom( BsonDocument.parse( expanded.formatted( "fr" ) ) ) ).isNull();
		assertThat( french.differenceFrom( BsonDocument.parse( expanded.formatted( "de" ) ) ) ).isEqualTo( "collation \"de\" instead of \"fr\"" );
	}

	@Test
	void uniquenessSparsenessAndPartialFiltersMustMatch() {
		IndexDefinition unique = index( "{email: 1}", "{unique: true, sparse: true}" );

		assertThat( unique.differenceFrom( BsonDocument.parse( "{key: {email: 1}, name: 'i', unique: true}" ) ) )
				.isEqualTo( "sparse absent instead of true" );
		assertThat( unique.differenceFrom( BsonDocument.parse( "{key: {email: 1}, name: 'i', unique: true, sparse: true, "
				+ "partialFilterExpression: {email: {$exists: true}}}" ) ) ).startsWith( "partialFilterExpression " );
		assertThat( index( "{a: 1}", "{}" ).differenceFrom( BsonDocument.parse( "{key: {a: 1}, name: 'i', unique: false}" ) ) ).isNull();
	}

	@Test
	void keyOrderAndDirectionMatter() {
		IndexDefinition compound = index( "{a: 1, b: -1}", "{}" );

		assertThat( compound.differenceFrom( BsonDocument.parse( "{key: {b: -1, a: 1}, name: 'i'}" ) ) ).startsWith( "key " );
		assertThat( compound.differenceFrom( BsonDocument.parse( "{key: {a: 1, b: 1}, name: 'i'}" ) ) ).startsWith( "key " );
	}
}
