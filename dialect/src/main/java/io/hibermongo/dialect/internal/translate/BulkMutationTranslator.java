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
import java.util.List;

import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
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
	String statementDescription() {
		return ( statement instanceof UpdateStatement ? "update " : "delete from " ) + statement.getTargetTable().getTableExpression();
	}

	/**
	 * {@code set p.address = :a} assigns each column of the embeddable from the matching tuple element;
	 * {@code set p.address = null} sets them all to NULL.
	 */
	private static void assign(TranslationContext context, ExpressionTranslator expressions, Assignment assignment,
			Map<String, Expression> assignments) {
		List<ColumnReference> columns = assignment.getAssignable().getColumnReferences();
		var value = SqlExpressions.unwrap( assignment.getAssignedValue() );
		if ( columns.size() == 1 ) {
			assignments.put( context.path( columns.get( 0 ) ), expressions.translate( value ) );
		}
		else if ( value instanceof SqlTuple tuple && tuple.getExpressions().size() == columns.size() ) {
			for ( int i = 0; i < columns.size(); i++ ) {
				assignments.put( context.path( columns.get( i ) ), expressions.translate( tuple.getExpressions().get( i ) ) );
			}
		}
		else if ( value instanceof Literal literal && literal.getLiteralValue() == null ) {
			for ( ColumnReference column : columns ) {
				assignments.put( context.path( column ), ExpressionTranslator.nullConstant() );
			}
		}
		else {
			throw context.refuse( "Assigning a computed value to a whole embeddable" );
		}
	}

	/** Hibernate lists the target itself in the FROM clause; any other table would need a join. */
	private static void refuseOtherTables(TranslationContext context, org.hibernate.sql.ast.tree.AbstractUpdateOrDeleteStatement statement, String construct) {
		for ( var root : statement.getFromClause().getRoots() ) {
			if ( !( root.getPrimaryTableReference() instanceof org.hibernate.sql.ast.tree.from.NamedTableReference table )
					|| !table.getTableExpression().equals( context.table() ) || !root.getTableReferenceJoins().isEmpty() ) {
				throw context.refuse( construct );
			}
		}
	}

	@Override
	JdbcOperationQueryMutation translate(JdbcParameterBindings jdbcParameterBindings, QueryOptions queryOptions) {
		var target = statement.getTargetTable();
		TranslationContext context = new TranslationContext( factory.layout( sessionFactory ), target.getTableExpression(),
				target.getIdentificationVariable(), statementDescription(), sessionFactory.getWrapperOptions() );
		if ( statement.getReturningColumns() != null && !statement.getReturningColumns().isEmpty() ) {
			throw context.refuse( "RETURNING" );
		}
		addAffectedTableName( target.getTableExpression() );
		ExpressionTranslator expressions = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
		MqlCommand command;
		if ( statement instanceof UpdateStatement update ) {
			refuseOtherTables( context, update, "UPDATE … FROM" );
			Map<String, Expression> assignments = new LinkedHashMap<>();
			for ( Assignment assignment : update.getAssignments() ) {
				assign( context, expressions, assignment, assignments );
			}
			Filter filter = expressions.predicates().toFilter( update.getRestriction(), false );
			command = new MqlCommand.Update( context.collection(), filter, assignments, true );
		}
		else if ( statement instanceof DeleteStatement delete ) {
			refuseOtherTables( context, delete, "DELETE … USING" );
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
