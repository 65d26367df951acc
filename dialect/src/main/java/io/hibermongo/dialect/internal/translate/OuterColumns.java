package io.hibermongo.dialect.internal.translate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import org.hibernate.sql.ast.tree.expression.ColumnReference;

/**
 * The columns of enclosing queries that a correlated subquery reads. Each becomes a variable of the
 * subquery's {@code $lookup}, <code>let: {v0: &lt;the outer row's value&gt;}</code>, read as {@code $$v0}
 * inside its pipeline; the outer value is translated by the enclosing query's own translator, so it may be
 * a field, a joined document's field, a group key or, in a nested subquery, the enclosing lookup's own
 * variable.
 */
final class OuterColumns {

	private final ExpressionTranslator enclosing;
	private final Map<String, Expression> let = new LinkedHashMap<>();
	private final Map<String, String> variables = new HashMap<>();
	private boolean used;
	private int values;

	OuterColumns(ExpressionTranslator enclosing) {
		this.enclosing = enclosing;
	}

	/** The path ({@code $v0}, rendered {@code $$v0}) of the variable holding {@code column} of the outer row. */
	String variablePath(ColumnReference column) {
		String key = column.getQualifier() + "." + column.getColumnExpression();
		String variable = variables.get( key );
		if ( variable == null ) {
			variable = "v" + variables.size();
			// a missing field as NULL: the embedded server leaves a variable bound to a missing value undefined
			let.put( variable, new Expression.Operator( "$ifNull", enclosing.translate( column ), ExpressionTranslator.nullConstant() ) );
			variables.put( key, variable );
		}
		used = true;
		return "$" + variable;
	}

	/**
	 * The path ({@code $t0}, rendered {@code $$t0}) of a new variable holding {@code value} of the outer row
	 * (the tested side of {@code x in (…)}), a missing value as NULL.
	 */
	String value(Expression value) {
		String variable = "t" + values++;
		let.put( variable, new Expression.Operator( "$ifNull", value, ExpressionTranslator.nullConstant() ) );
		return "$" + variable;
	}

	/** Whether a column of an enclosing query was read since the last call. */
	boolean takeUse() {
		boolean wasUsed = used;
		used = false;
		return wasUsed;
	}

	/** The lookup's {@code let}: each variable and the outer value it holds. */
	Map<String, Expression> let() {
		return let;
	}
}
