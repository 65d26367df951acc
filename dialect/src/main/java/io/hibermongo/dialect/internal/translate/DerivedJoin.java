package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.Stage;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * A join to a derived table or CTE ({@code join (select …) d on …}, {@code join lateral (select … where
 * correlated …) d on …}): <code>{$lookup: {from, let, pipeline: [the rows' pipeline], as: "#d"}}</code>
 * ({@link DerivedRows}), the {@code on} condition tested on each row found with {@code $filter} (the
 * derived table's columns are {@code $$this.c<i>}, the other tables' the row's fields; three-valued logic as
 * in every {@code $expr}), then {@code $unwind}, keeping the row without a match for a left join. A lateral
 * subquery reads the columns of the tables joined before it as the lookup's {@code let} variables, as a
 * correlated subquery does. The condition stays outside the pipeline because the embedded server loses
 * a lookup's variables after the pipeline's {@code $project}; a non-lateral pipeline reads no variables,
 * so a real server may run it once for all rows.
 */
final class DerivedJoin implements JoinStep {

	private final TableGroup group;
	private final Predicate condition;
	private final boolean outer;
	private final Set<String> tables = new LinkedHashSet<>();

	DerivedJoin(TableGroup group, Predicate condition, boolean outer) {
		this.group = group;
		this.condition = condition;
		this.outer = outer;
	}

	private String alias() {
		return group.getPrimaryTableReference().getIdentificationVariable();
	}

	/** The field of a row that holds the joined row of the derived table. */
	private String field() {
		return "#" + alias();
	}

	/** The tables the derived rows are read from (known once {@link #stages} ran). */
	Set<String> tables() {
		return tables;
	}

	@Override
	public List<Stage> stages(TranslationContext context) {
		ExpressionTranslator enclosing = DerivedRows.isLateral( group ) ? new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE ) : null;
		DerivedRows rows = DerivedRows.of( context, group, enclosing );
		tables.addAll( rows.tables() );
		context.readDerivedRows( alias(), field(), rows.columns(), null );
		List<Stage> stages = new ArrayList<>();
		stages.add( new Stage.LookupRows( rows.collection(), rows.let(), rows.stages(), field() ) );
		// an inner join's conditions holding subqueries are tested with the WHERE, after the joins
		Predicate tested = outer ? condition : JoinConditions.deferringSubqueries( condition, context );
		if ( tested != null ) {
			stages.add( LookupJoin.filter( context, alias(), field(), tested ) );
		}
		stages.add( new Stage.UnwindLookup( field(), outer ) );
		return stages;
	}
}
