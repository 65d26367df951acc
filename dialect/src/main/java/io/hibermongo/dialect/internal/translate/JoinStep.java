package io.hibermongo.dialect.internal.translate;

import java.util.List;

import io.hibermongo.dialect.internal.mql.Stage;

/**
 * One join of a select's {@code from} clause as pipeline stages: the elements of an array of the same
 * document ({@code $unwind}, {@link ArrayJoins.Joined}) or the documents of another collection
 * ({@code $lookup} + {@code $unwind}, {@link LookupJoin}; through another collection's id array,
 * {@link InverseArrayJoin}), the rows of a derived table or CTE ({@code $lookup} with a pipeline, {@link DerivedJoin}), and the rows a full join adds ({@link UnmatchedRows}). A join within the same document (an
 * embeddable) needs no step.
 */
sealed interface JoinStep permits ArrayJoins.Joined, LookupJoin, InverseArrayJoin, UnmatchedRows, DerivedJoin {

	/** The stages that make the joined rows, in a pipeline where the steps before this one ran. */
	List<Stage> stages(TranslationContext context);
}
