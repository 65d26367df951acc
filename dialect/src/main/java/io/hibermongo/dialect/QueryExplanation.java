package io.hibermongo.dialect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * What a MongoDB server plans to do for a query ({@code explain} with {@code queryPlanner} verbosity), from
 * {@link MongoAccess#explain}: the command that was explained, the server's answer, and from it the
 * winning plan and whether that plan reads an index or scans the collection. Tests can assert index use:
 * <pre>{@code
 * assertThat( MongoAccess.of( em ).explain( "from Entry e where e.headline = :h", Map.of( "h", "x" ) ).usesIndex() ).isTrue();
 * }</pre>
 * For a pipeline with {@code $lookup} or {@code $unionWith} the answer may hold several winning plans (one
 * per collection read); {@link #stages()} covers them all, {@link #winningPlan()} is the first, that of the
 * queried collection.
 */
public final class QueryExplanation {

	private static final Set<String> INDEX_STAGES = Set.of( "IXSCAN", "IDHACK", "COUNT_SCAN", "DISTINCT_SCAN",
			"EXPRESS_IXSCAN", "EXPRESS_IDHACK", "EXPRESS_CLUSTERED_IXSCAN", "CLUSTERED_IXSCAN" );

	private final BsonDocument command;
	private final BsonDocument explanation;
	private final List<BsonDocument> winningPlans = new ArrayList<>();
	private final Set<String> stages = new LinkedHashSet<>();

	QueryExplanation(BsonDocument command, BsonDocument explanation) {
		this.command = command;
		this.explanation = explanation;
		collectWinningPlans( explanation );
		winningPlans.forEach( this::collectStages );
	}

	/** The command that was explained: the one the query sends, with its parameter values. */
	public BsonDocument command() {
		return command;
	}

	/** The server's whole answer to {@code explain}. */
	public BsonDocument explanation() {
		return explanation;
	}

	/** The plan the server chose for the queried collection; null when the answer holds none. */
	public BsonDocument winningPlan() {
		return winningPlans.isEmpty() ? null : winningPlans.get( 0 );
	}

	/** The names of the stages of the winning plans, outermost first ({@code FETCH}, {@code IXSCAN}, {@code COLLSCAN}…). */
	public Set<String> stages() {
		return Set.copyOf( stages );
	}

	/** Whether a winning plan reads an index ({@code IXSCAN}, {@code IDHACK}, {@code COUNT_SCAN}…). */
	public boolean usesIndex() {
		return stages.stream().anyMatch( INDEX_STAGES::contains );
	}

	/** Whether a winning plan reads the whole collection ({@code COLLSCAN}). */
	public boolean scansCollection() {
		return stages.contains( "COLLSCAN" );
	}

	private void collectWinningPlans(BsonValue node) {
		if ( node instanceof BsonDocument document ) {
			document.forEach( (key, value) -> {
				if ( key.equals( "winningPlan" ) && value.isDocument() ) {
					winningPlans.add( value.asDocument() );
				}
				else if ( !key.equals( "rejectedPlans" ) ) {
					collectWinningPlans( value );
				}
			} );
		}
		else if ( node != null && node.isArray() ) {
			node.asArray().forEach( this::collectWinningPlans );
		}
	}

	private void collectStages(BsonValue node) {
		if ( node instanceof BsonDocument document ) {
			if ( document.isString( "stage" ) ) {
				stages.add( document.getString( "stage" ).getValue() );
			}
			document.values().forEach( this::collectStages );
		}
		else if ( node != null && node.isArray() ) {
			node.asArray().forEach( this::collectStages );
		}
	}

	@Override
	public String toString() {
		return stages + " for " + command.toJson();
	}
}
