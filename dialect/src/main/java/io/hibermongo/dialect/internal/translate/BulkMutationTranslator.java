package io.hibermongo.dialect.internal.translate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.delete.DeleteStatement;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.update.Assignment;
import org.hibernate.sql.ast.tree.update.UpdateStatement;
import org.hibernate.sql.exec.internal.JdbcOperationQueryDelete;
import org.hibernate.sql.exec.internal.JdbcOperationQueryUpdate;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * Translates bulk HQL {@code update … set … where …} and {@code delete … where …} into one
 * {@code update} (multi) or {@code delete} (limit 0) command; the JDBC update count is the number of
 * matched documents, which is what a relational database reports.
 */
final class BulkMutationTranslator extends AbstractMongoTranslator<JdbcOperationQueryMutation> {

	private final MutationStatement statement;

	BulkMutationTranslator(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory, MutationStatement statement) {
		super( sessionFactory, factory, statement );
		this.statement = statement;
	}

	@Override
	protected String statementDescription() {
		return ( statement instanceof UpdateStatement ? "update " : "delete from " ) + statement.getTargetTable().getTableExpression();
	}

	@Override
	public JdbcOperationQueryMutation translate(JdbcParameterBindings jdbcParameterBindings, QueryOptions queryOptions) {
		var target = statement.getTargetTable();
		TranslationContext context = new TranslationContext( factory.layout( sessionFactory ), target.getTableExpression(),
				target.getIdentificationVariable(), statementDescription() );
		if ( statement.getReturningColumns() != null && !statement.getReturningColumns().isEmpty() ) {
			throw context.refuse( "RETURNING" );
		}
		addAffectedTableName( target.getTableExpression() );
		ExpressionTranslator expressions = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
		MqlCommand command;
		if ( statement instanceof UpdateStatement update ) {
			if ( !update.getFromClause().getRoots().isEmpty() ) {
				throw context.refuse( "UPDATE … FROM" );
			}
			Map<String, Expression> assignments = new LinkedHashMap<>();
			for ( Assignment assignment : update.getAssignments() ) {
				var columns = assignment.getAssignable().getColumnReferences();
				if ( columns.size() != 1 ) {
					throw context.refuse( "Assigning a whole embeddable in a bulk update (assign its attributes one by one)" );
				}
				ColumnReference column = columns.get( 0 );
				assignments.put( context.path( column ), expressions.translate( assignment.getAssignedValue() ) );
			}
			Filter filter = expressions.predicates().toFilter( update.getRestriction(), false );
			command = new MqlCommand.Update( context.collection(), filter, assignments, true );
		}
		else if ( statement instanceof DeleteStatement delete ) {
			if ( !delete.getFromClause().getRoots().isEmpty() ) {
				throw context.refuse( "DELETE … USING" );
			}
			command = new MqlCommand.Delete( context.collection(), expressions.predicates().toFilter( delete.getRestriction(), false ), true );
		}
		else {
			throw context.refuse( "INSERT … SELECT / INSERT … VALUES in HQL" );
		}
		String text = factory.commands( sessionFactory ).register( command );
		return statement instanceof UpdateStatement
				? new JdbcOperationQueryUpdate( text, context.parameterBinders(), getAffectedTableNames(), java.util.Map.of() )
				: new JdbcOperationQueryDelete( text, context.parameterBinders(), getAffectedTableNames(), java.util.Map.of() );
	}
}
