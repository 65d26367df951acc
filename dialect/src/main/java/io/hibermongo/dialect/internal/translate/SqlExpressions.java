package io.hibermongo.dialect.internal.translate;

import org.hibernate.metamodel.mapping.DiscriminatorValue;
import org.hibernate.metamodel.mapping.EntityDiscriminatorMapping;
import org.hibernate.query.sqm.sql.internal.DiscriminatorPathInterpretation;
import org.hibernate.query.sqm.sql.internal.SqmParameterInterpretation;
import org.hibernate.query.sqm.sql.internal.SqmPathInterpretation;
import org.hibernate.type.BasicType;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.EntityTypeLiteral;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.QueryLiteral;
import org.hibernate.sql.ast.tree.expression.SqlSelectionExpression;

/**
 * Hibernate wraps the SQL expression of an HQL path ({@code p.address.city}, {@code type(p)}) or of a
 * reference to a select item in interpretation nodes; translation looks through them to the column, tuple or
 * expression underneath.
 */
final class SqlExpressions {

	private SqlExpressions() {
	}

	/**
	 * The discriminator column {@code type(e)} reads, qualified by the entity's own table: the tables of one
	 * document resolve each other's columns (a {@code from Dog} group may not have joined the root table that
	 * holds it). Hibernate keeps the expression it resolved private, only reachable by walking it.
	 */
	private static Expression discriminatorColumn(DiscriminatorPathInterpretation<?> discriminator) {
		EntityDiscriminatorMapping mapping = discriminator.getDiscriminatorMapping();
		return new ColumnReference( discriminator.getTableGroup().getPrimaryTableReference().getIdentificationVariable(),
				mapping.getSelectionExpression(), mapping.isFormula(), null, mapping.getJdbcMapping() );
	}

	/** Whether {@code node} holds a subquery anywhere inside. */
	static boolean containsSubquery(org.hibernate.sql.ast.tree.SqlAstNode node) {
		boolean[] found = new boolean[1];
		node.accept( new org.hibernate.sql.ast.spi.AbstractSqlAstWalker() {
			@Override
			public void visitSelectStatement(org.hibernate.sql.ast.tree.select.SelectStatement statement) {
				found[0] = true;
			}
		} );
		return found[0];
	}

	static Expression unwrap(Expression expression) {
		Expression current = expression;
		while ( true ) {
			if ( current instanceof SqmPathInterpretation<?> path && path.getSqlExpression() != current ) {
				current = path.getSqlExpression();
			}
			else if ( current instanceof DiscriminatorPathInterpretation<?> discriminator ) {
				current = discriminatorColumn( discriminator );
			}
			else if ( current instanceof EntityTypeLiteral type
					&& type.getEntityTypeDescriptor().getDiscriminatorValue() instanceof DiscriminatorValue.Literal literal ) {
				// an entity name in type(e) = Dog: the value the discriminator field stores for it
				// (a TABLE_PER_CLASS subclass has no discriminator mapping of its own: its root's numbers the classes)
				var mapping = type.getEntityTypeDescriptor().getDiscriminatorMapping() != null
						? type.getEntityTypeDescriptor().getDiscriminatorMapping()
						: type.getEntityTypeDescriptor().getRootEntityDescriptor().getDiscriminatorMapping();
				current = new QueryLiteral<>( literal.value(), (BasicType<?>) mapping.getJdbcMapping() );
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
