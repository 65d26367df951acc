package io.hibermongo.dialect.internal.translate;

import org.hibernate.query.sqm.sql.internal.SqmParameterInterpretation;
import org.hibernate.query.sqm.sql.internal.SqmPathInterpretation;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.SqlSelectionExpression;

/**
 * Hibernate wraps the SQL expression of an HQL path ({@code p.address.city}) or of a reference to a
 * select item in interpretation nodes; translation looks through them to the column, tuple or
 * expression underneath.
 */
final class SqlExpressions {

	private SqlExpressions() {
	}

	static Expression unwrap(Expression expression) {
		Expression current = expression;
		while ( true ) {
			if ( current instanceof SqmPathInterpretation<?> path && path.getSqlExpression() != current ) {
				current = path.getSqlExpression();
			}
			else if ( current instanceof SqmParameterInterpretation parameter ) {
				current = parameter.getResolvedExpression();
			}
			else if ( current instanceof SqlSelectionExpression selection ) {
				current = selection.getSelection().getExpression();
			}
			else {
				return current;
			}
		}
	}
}
