package io.hibermongo.dialect;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the winning plan out of the shapes of MongoDB's explain output. */
class QueryExplanationTest {

	private static final BsonDocument FIND = BsonDocument.parse( "{find: 'Article', filter: {headline: 'Tides'}}" );

	private static QueryExplanation explained(String answer) {
		return new QueryExplanation( FIND, BsonDocument.parse( answer ) );
	}

	@Test
	void anIndexScanUnderAFetchUsesAnIndex() {
		QueryExplanation explanation = explained( """
				{queryPlanner: {namespace: 'db.Article',
				  winningPlan: {stage: 'FETCH', inputStage: {stage: 'IXSCAN', indexName: 'headline_1'}},
				  rejectedPlans: [{stage: 'COLLSCAN'}]}, ok: 1}""" );

		assertThat( explanation.usesIndex() ).isTrue();
		assertThat( explanation.scansCollection() ).isFalse();
		assertThat( explanation.stages() ).containsExactlyInAnyOrder( "FETCH", "IXSCAN" );
		assertThat( explanation.winningPlan().getString( "stage" ).getValue() ).isEqualTo( "FETCH" );
	}

	@Test
	void aCollectionScanUsesNoIndex() {
		QueryExplanation explanation = explained( "{queryPlanner: {winningPlan: {stage: 'COLLSCAN', filter: {headline: {$eq: 'Tides'}}}, rejectedPlans: []}}" );

		assertThat( explanation.usesIndex() ).isFalse();
		assertThat( explanation.scansCollection() ).isTrue();
	}

	@Test
	void theSlotBasedEnginesPlanIsReadFromItsQueryPlan() {
		QueryExplanation explanation = explained( """
				{explainVersion: '2', queryPlanner: {winningPlan: {queryPlan: {stage: 'FETCH', inputStage: {stage: 'IXSCAN'}},
				  slotBasedPlan: {slots: '$$RESULT=s11', stages: '[2] nlj inner []'}}, rejectedPlans: []}}""" );

		assertThat( explanation.usesIndex() ).isTrue();
	}

	@Test
	void anAggregateReportsThePlanOfEveryCollectionItReads() {
		QueryExplanation explanation = explained( """
				{stages: [{$cursor: {queryPlanner: {winningPlan: {stage: 'EXPRESS_IXSCAN'}}}},
				  {$lookup: {from: 'Publisher', as: 'p'}, queryPlanner: {winningPlan: {stage: 'COLLSCAN'}}}]}""" );

		assertThat( explanation.usesIndex() ).isTrue();
		assertThat( explanation.scansCollection() ).isTrue();
		assertThat( explanation.winningPlan().getString( "stage" ).getValue() ).isEqualTo( "EXPRESS_IXSCAN" );
	}

	@Test
	void aShardedPlanHoldsTheShardsPlans() {
		QueryExplanation explanation = explained( """
				{queryPlanner: {winningPlan: {stage: 'SINGLE_SHARD', shards: [{shardName: 's0', winningPlan: {stage: 'IDHACK'}}]}}}""" );

		assertThat( explanation.stages() ).containsExactlyInAnyOrder( "SINGLE_SHARD", "IDHACK" );
		assertThat( explanation.usesIndex() ).isTrue();
	}

	@Test
	void anAnswerWithoutAPlanHasNone() {
		QueryExplanation explanation = explained( "{ok: 1}" );

		assertThat( explanation.winningPlan() ).isNull();
		assertThat( explanation.usesIndex() ).isFalse();
		assertThat( explanation.scansCollection() ).isFalse();
	}
}
