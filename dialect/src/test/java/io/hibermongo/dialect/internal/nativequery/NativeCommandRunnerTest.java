package io.hibermongo.dialect.internal.nativequery;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The commands native reads send: as written, with the adjustments MongoDB and JDBC paging need. */
class NativeCommandRunnerTest {

	private static final BsonValue[] NONE = new BsonValue[0];

	@Test
	void maxRowsLimitsAFindOnlyForThatExecution() {
		NativeCommand command = NativeCommandParser.parse( "{find: 'Article', sort: {views: -1}, limit: 5}" );

		BsonDocument paged = NativeCommandRunner.readCommand( command, NONE, 10, 2 );
		BsonDocument whole = NativeCommandRunner.readCommand( command, NONE, 0, 0 );

		assertThat( paged ).isEqualTo( BsonDocument.parse( "{find: 'Article', sort: {views: -1}, limit: 2, batchSize: 10}" ) );
		assertThat( whole ).isEqualTo( BsonDocument.parse( "{find: 'Article', sort: {views: -1}, limit: 5}" ) );
	}

	@Test
	void aQueryTimeoutIsSentAsMaxTimeMSExceptOnInsert() {
		NativeCommand update = NativeCommandParser.parse( "{update: 'Article', updates: [{q: {}, u: {$set: {views: 0}}}]}" );
		NativeCommand insert = NativeCommandParser.parse( "{insert: 'Article', documents: [{views: 0}]}" );

		assertThat( NativeCommandRunner.limited( update, update.bind( NONE ), 2 ).get( "maxTimeMS" ) ).isEqualTo( new org.bson.BsonInt64( 2000 ) );
		assertThat( NativeCommandRunner.limited( update, update.bind( NONE ), 0 ) ).doesNotContainKey( "maxTimeMS" );
		assertThat( NativeCommandRunner.limited( insert, insert.bind( NONE ), 2 ) ).doesNotContainKey( "maxTimeMS" );
	}

	@Test
	void anAggregateGetsItsCursorAndAFinalLimit() {
		NativeCommand command = NativeCommandParser.parse( "{aggregate: 'Article', pipeline: [{$match: {views: ?}}]}" );

		BsonDocument sent = NativeCommandRunner.readCommand( command, new BsonValue[] { new BsonString( "x" ) }, 0, 3 );

		assertThat( sent ).isEqualTo( BsonDocument.parse(
				"{aggregate: 'Article', pipeline: [{$match: {views: 'x'}}, {$limit: 3}], cursor: {}}" ) );
		assertThat( NativeCommandRunner.readCommand( command, new BsonValue[] { new BsonString( "y" ) }, 0, 0 ) )
				.isEqualTo( BsonDocument.parse( "{aggregate: 'Article', pipeline: [{$match: {views: 'y'}}], cursor: {}}" ) );
	}

	@Test
	void anAggregateWritingOutIsNotLimited() {
		NativeCommand command = NativeCommandParser.parse( "{aggregate: 'Article', pipeline: [{$out: 'Copy'}]}" );

		assertThat( NativeCommandRunner.readCommand( command, NONE, 0, 3 ).getArray( "pipeline" ) ).hasSize( 1 );
	}

	@Test
	void countRunsAsAnAggregateThatWorksInTransactions() {
		NativeCommand command = NativeCommandParser.parse( "{count: 'Article', query: {views: {$gt: 1}}, skip: 1, limit: 10, hint: {views: 1}}" );

		assertThat( NativeCommandRunner.readCommand( command, NONE, 0, 0 ) ).isEqualTo( BsonDocument.parse( """
				{aggregate: 'Article', pipeline: [{$match: {views: {$gt: 1}}}, {$skip: 1}, {$limit: 10},
				  {$group: {_id: null, n: {$sum: 1}}}], hint: {views: 1}, cursor: {}}""" ) );
	}

	@Test
	void aWriteIsNotSentAsARead() {
		NativeCommand command = NativeCommandParser.parse( "{delete: 'Article', deletes: [{q: {}, limit: 0}]}" );

		assertThatThrownBy( () -> NativeCommandRunner.readCommand( command, NONE, 0, 0 ) )
				.isInstanceOf( IllegalStateException.class ).hasMessageContaining( "run it with executeUpdate()" );
	}
}
