package io.hibermongo.dialect.internal.nativequery;

import java.util.List;
import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the statement text of a native query becomes a command with parameter slots. */
class NativeCommandParserTest {

	@Test
	void eachQuestionMarkIsASlotFilledWithOneValue() {
		NativeCommand command = NativeCommandParser.parse( "{find: 'Article', filter: {headline: ?, views: {$gt: ?}}}" );

		BsonDocument bound = command.bind( new BsonValue[] { new BsonString( "{\"$gt\": \"\"}" ), new BsonInt32( 3 ) } );

		assertThat( command.kind() ).isEqualTo( NativeCommand.Kind.FIND );
		assertThat( command.collection() ).isEqualTo( "Article" );
		assertThat( command.parameterCount() ).isEqualTo( 2 );
		assertThat( bound ).isEqualTo( BsonDocument.parse(
				"{find: 'Article', filter: {headline: '{\"$gt\": \"\"}', views: {$gt: 3}}}" ) );
		assertThat( bound.getDocument( "filter" ).get( "headline" ).isString() ).isTrue();
	}

	@Test
	void bindingLeavesTheTemplateAsItWas() {
		NativeCommand command = NativeCommandParser.parse( "{find: 'Article', filter: {headline: ?}, sort: {views: -1}}" );

		BsonDocument first = command.bind( new BsonValue[] { new BsonString( "a" ) } );
		BsonDocument second = command.bind( new BsonValue[] { new BsonString( "b" ) } );

		assertThat( first.getDocument( "filter" ).getString( "headline" ).getValue() ).isEqualTo( "a" );
		assertThat( second.getDocument( "filter" ).getString( "headline" ).getValue() ).isEqualTo( "b" );
		assertThat( second.getDocument( "sort" ) ).isSameAs( first.getDocument( "sort" ) );
	}

	@Test
	void anExpandedListParameterIsAnArray() {
		NativeCommand command = NativeCommandParser.parse( "{find: 'Article', filter: {headline: {$in: (?, ?,?)}}}" );

		BsonDocument bound = command.bind( new BsonValue[] { new BsonString( "a" ), new BsonString( "b" ), new BsonString( "c" ) } );

		assertThat( bound.getDocument( "filter" ).getDocument( "headline" ).getArray( "$in" ) )
				.containsExactly( new BsonString( "a" ), new BsonString( "b" ), new BsonString( "c" ) );
	}

	@Test
	void anEmptyListParameterIsAnEmptyArray() {
		NativeCommand command = NativeCommandParser.parse( "{find: 'Article', filter: {headline: {$in: (null)}}}" );

		assertThat( command.bind( new BsonValue[0] ).getDocument( "filter" ).getDocument( "headline" ).getArray( "$in" ) ).isEmpty();
	}

	@Test
	void shellSyntaxKeepsItsTypes() {
		ObjectId id = new ObjectId();
		NativeCommand command = NativeCommandParser.parse( "/* a comment */ {find: 'Article', filter: {_id: ObjectId('" + id.toHexString()
				+ "'), published: {$gte: ISODate('2024-01-01T00:00:00Z')}, headline: /^T/}}" );

		BsonDocument filter = command.bind( new BsonValue[0] ).getDocument( "filter" );

		assertThat( filter.get( "_id" ) ).isEqualTo( new BsonObjectId( id ) );
		assertThat( filter.getDocument( "published" ).get( "$gte" ) ).isEqualTo( new BsonDateTime( 1704067200000L ) );
		assertThat( filter.get( "headline" ).isRegularExpression() ).isTrue();
	}

	@Test
	void collectionsReadAndWrittenByStagesAreKnown() {
		NativeCommand command = NativeCommandParser.parse( "{aggregate: 'Article', pipeline: [{$lookup: {from: 'Publisher', as: 'p', "
				+ "pipeline: [{$unionWith: {coll: 'Archive'}}]}}, {$unionWith: 'Drafts'}, {$merge: {into: 'Digest'}}]}" );

		assertThat( command.collections() ).containsExactlyInAnyOrder( "Article", "Publisher", "Archive", "Drafts", "Digest" );
	}

	@Test
	void theColumnsEntryIsTakenOutOfTheCommand() {
		NativeCommand command = NativeCommandParser.parse( "{find: 'Article', \"$columns\": {\"id\": \"_id\", \"city\": \"byline.contact.city\"}}" );

		assertThat( command.resultColumns() ).containsExactly( Map.entry( "id", "_id" ), Map.entry( "city", "byline.contact.city" ) );
		assertThat( command.bind( new BsonValue[0] ) ).isEqualTo( new BsonDocument( "find", new BsonString( "Article" ) ) );
	}

	@Test
	void aSlotWrittenByTheUserIsRefused() {
		assertThatThrownBy( () -> NativeCommandParser.parse( "{find: 'Article', filter: {a: {$param: 1}}}" ) )
				.isInstanceOf( IllegalArgumentException.class ).hasMessageContaining( "'$param' is reserved" );
	}

	@Test
	void otherCommandsAreRefusedNamingTheSupportedOnes() {
		assertThatThrownBy( () -> NativeCommandParser.parse( "{dropDatabase: 1}" ) )
				.isInstanceOf( IllegalArgumentException.class )
				.hasMessageContaining( "'dropDatabase' is not supported" )
				.hasMessageContaining( "find, aggregate, count, distinct, insert, update, delete, findAndModify" );
	}

	@Test
	void theCommandMustNameACollection() {
		assertThatThrownBy( () -> NativeCommandParser.parse( "{aggregate: 1, pipeline: [{$documents: []}]}" ) )
				.isInstanceOf( IllegalArgumentException.class ).hasMessageContaining( "must name a collection" );
	}

	@Test
	void malformedTextIsRefusedNamingIt() {
		assertThatThrownBy( () -> NativeCommandParser.parse( "{find: 'Article', filter: {a: }" ) )
				.isInstanceOf( IllegalArgumentException.class )
				.hasMessageContaining( "one command document" ).hasMessageEndingWith( "{find: 'Article', filter: {a: }" );
	}

	@Test
	void anArrayOfSlotsBindsInOrder() {
		NativeCommand command = NativeCommandParser.parse( "{insert: 'Article', documents: [{headline: ?}, {headline: ?}]}" );

		assertThat( command.bind( new BsonValue[] { new BsonString( "x" ), new BsonString( "y" ) } ).getArray( "documents" ) )
				.isEqualTo( new BsonArray( List.of( new BsonDocument( "headline", new BsonString( "x" ) ),
						new BsonDocument( "headline", new BsonString( "y" ) ) ) ) );
	}
}
