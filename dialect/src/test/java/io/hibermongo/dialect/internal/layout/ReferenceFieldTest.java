package io.hibermongo.dialect.internal.layout;

import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The references a field holds in a stored document, through arrays of elements as MongoDB resolves paths. */
class ReferenceFieldTest {

	private static final BsonObjectId A = new BsonObjectId( new ObjectId( "650000000000000000000001" ) );
	private static final BsonObjectId B = new BsonObjectId( new ObjectId( "650000000000000000000002" ) );

	@Test
	void aPlainFieldHoldsItsOneReference() {
		BsonDocument document = new BsonDocument( "scan", new BsonDocument( "image", A ) );

		assertThat( new ReferenceField( "Record", "scan.image", null ).valuesIn( document ) ).containsExactly( A );
	}

	@Test
	void aFieldOfArrayElementsHoldsOneReferencePerElementSkippingNullAndMissing() {
		BsonDocument document = BsonDocument.parse( "{pages: [{data: {$oid: '650000000000000000000001'}}, {data: null}, {}, "
				+ "{data: {$oid: '650000000000000000000002'}}]}" );

		assertThat( new ReferenceField( "Portfolio", "pages.data", null ).valuesIn( document ) ).containsExactly( A, B );
	}

	@Test
	void anArrayOfReferencesHoldsEachElement() {
		BsonDocument document = BsonDocument.parse( "{thumbnails: [{$oid: '650000000000000000000002'}, null]}" );

		assertThat( new ReferenceField( "Portfolio", "thumbnails", null ).valuesIn( document ) ).containsExactly( B );
	}

	@Test
	void aMissingArrayHoldsNothing() {
		assertThat( new ReferenceField( "Portfolio", "pages.data", null ).valuesIn( new BsonDocument() ) ).isEmpty();
	}
}
