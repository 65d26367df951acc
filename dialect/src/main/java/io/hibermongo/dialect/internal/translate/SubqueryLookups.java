package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Stage;

/**
 * The {@code $lookup} stages of the subqueries one query part uses, waiting to be placed before the stage
 * that reads their rows ({@code $match} for WHERE and HAVING, {@code $project} for the select list and
 * ORDER BY). Each subquery's rows become the array field {@code #sq<n>} of the row.
 */
final class SubqueryLookups {

	private final List<Stage> pending = new ArrayList<>();
	private final Set<String> tables = new LinkedHashSet<>();
	private int count;

	/** Adds the lookup of a subquery's rows and returns the field that holds them. */
	String add(String from, Map<String, Expression> let, List<Stage> pipeline, Collection<String> tablesRead) {
		String as = "#sq" + count++;
		pending.add( new Stage.LookupRows( from, let, pipeline, as ) );
		tables.addAll( tablesRead );
		return as;
	}

	/** How many lookups wait to be placed. */
	int pending() {
		return pending.size();
	}

	/** The lookups added since the last call, in order. */
	List<Stage> take() {
		List<Stage> taken = List.copyOf( pending );
		pending.clear();
		return taken;
	}

	/**
	 * The lookups added after the first {@code count}, in order; the earlier ones stay pending. A grouped
	 * query places those of its GROUP BY keys and aggregate arguments before {@code $group}.
	 */
	List<Stage> takeAfter(int count) {
		List<Stage> added = pending.subList( count, pending.size() );
		List<Stage> taken = List.copyOf( added );
		added.clear();
		return taken;
	}

	/** Every table the subqueries read, for the statement's affected tables. */
	Set<String> tables() {
		return tables;
	}
}
