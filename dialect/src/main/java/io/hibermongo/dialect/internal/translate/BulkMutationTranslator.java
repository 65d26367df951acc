package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.tree.AbstractUpdateOrDeleteStatement;
import org.hibernate.sql.ast.tree.MutationStatement;
import org.hibernate.sql.ast.tree.delete.DeleteStatement;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.insert.InsertSelectStatement;
import org.hibernate.sql.ast.tree.predicate.InSubQueryPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.update.Assignment;
import org.hibernate.sql.ast.tree.update.UpdateStatement;
import org.hibernate.sql.exec.internal.JdbcOperationQueryDelete;
import org.hibernate.sql.exec.internal.JdbcOperationQueryInsertImpl;
import org.hibernate.sql.exec.internal.JdbcOperationQueryUpdate;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcParameterBinder;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * Translates bulk HQL {@code update … set … where …} and {@code delete … where …} into one
 * {@code update} (multi) or {@code delete} (limit 0) command; the JDBC update count is the number of
 * matched documents, which is what a relational database reports. When the rows need a read (a
 * subquery, a path through an association, a SET value from other documents), the statement is that
 * read ({@link MutationRows}) followed by one write of the {@code _id}s it found
 * ({@link MqlCommand.ReadThenWrite}) or by per-document writes of the values it computed
 * ({@link MqlCommand.RowValuesUpdate}). HQL inserts are translated by {@link InsertTranslator}.
 */
final class BulkMutationTranslator extends AbstractMongoTranslator<JdbcOperationQueryMutation> {

	private final MutationStatement statement;
	/** The parameters of the command, in slot order. */
	private List<JdbcParameterBinder> binders;

	BulkMutationTranslator(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory, MutationStatement statement) {
		super( sessionFactory, factory, statement );
		this.statement = statement;
	}

	@Override
	String statementDescription() {
		String verb = statement instanceof UpdateStatement ? "update " : statement instanceof DeleteStatement ? "delete from " : "insert into ";
		return verb + statement.getTargetTable().getTableExpression();
	}

	/**
	 * {@code set p.address = :a} assigns each column of the embeddable from the matching tuple element;
	 * {@code set p.address = null} sets them all to NULL.
	 */
	static void assign(TranslationContext context, ExpressionTranslator expressions, Assignment assignment,
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
	private static void refuseOtherTables(TranslationContext context, AbstractUpdateOrDeleteStatement statement, String construct) {
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
		TranslationContext context = targetContext();
		if ( statement.getReturningColumns() != null && !statement.getReturningColumns().isEmpty() ) {
			throw context.refuse( "RETURNING" );
		}
		addAffectedTableName( target.getTableExpression() );
		if ( statement instanceof InsertSelectStatement insert ) {
			InsertTranslator.Translated translated = new InsertTranslator( sessionFactory, factory, insert, context ).translate();
			translated.tables().forEach( this::addAffectedTableName );
			return new JdbcOperationQueryInsertImpl( factory.commands( sessionFactory ).register( translated.command() ),
					translated.context().parameterBinders(), getAffectedTableNames() );
		}
		AbstractUpdateOrDeleteStatement mutation = (AbstractUpdateOrDeleteStatement) statement;
		ArrayTable array = context.layout().arrayTable( context.table() );
		MqlCommand command;
		if ( array != null && statement instanceof DeleteStatement ) {
			command = elementsOfOwners( context, array, mutation.getRestriction() );
		}
		else if ( needsRead( context, mutation ) ) {
			command = readThenWrite( mutation );
		}
		else if ( statement instanceof UpdateStatement update ) {
			refuseOtherTables( context, update, "UPDATE … FROM" );
			ExpressionTranslator expressions = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
			Filter filter = expressions.predicates().toFilter( update.getRestriction(), false );
			command = new MqlCommand.Update( context.collection(), filter, assignments( context, update ), true );
		}
		else {
			refuseOtherTables( context, mutation, "DELETE … USING" );
			ExpressionTranslator expressions = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
			command = new MqlCommand.Delete( context.collection(), expressions.predicates().toFilter( mutation.getRestriction(), false ), true );
		}
		String text = factory.commands( sessionFactory ).register( command );
		List<JdbcParameterBinder> binders = this.binders;
		return statement instanceof UpdateStatement
				? new JdbcOperationQueryUpdate( text, binders, getAffectedTableNames(), Map.of() )
				: new JdbcOperationQueryDelete( text, binders, getAffectedTableNames(), Map.of() );
	}

	/**
	 * The delete Hibernate runs on a collection table before a bulk delete of its owners: its rows are the
	 * elements of an array in the owners' documents, so the array is removed ({@code $unset}) from the owners
	 * the bulk delete selects — all of them without a WHERE, else the owners its subquery
	 * <code>key in (select id from Owner where …)</code> reads (a {@link MqlCommand.ReadThenWrite}). The
	 * owners' delete that follows removes their documents; the count, which Hibernate ignores, is the owners
	 * changed. The LOB files of removed elements are released as for any update removing them; with a WHERE
	 * clause, owners whose elements hold LOBs are refused by name.
	 */
	private MqlCommand elementsOfOwners(TranslationContext context, ArrayTable array, Predicate restriction) {
		Map<String, Expression> unset = Map.of( array.field(), ExpressionTranslator.nullConstant() );
		if ( restriction == null ) {
			return new MqlCommand.Update( array.collection(), new Filter.Constant( true ), unset, true );
		}
		boolean lobs = context.layout().references( array.collection() ).keySet().stream()
				.anyMatch( path -> path.startsWith( array.field() + "." ) || path.equals( array.field() ) );
		if ( lobs ) {
			// the files of the elements are released by what the write's own filter reads, which here would be an id list
			throw context.refuse( "A bulk DELETE with a WHERE clause of owners whose '" + array.field() + "' elements hold LOBs" );
		}
		if ( !( restriction instanceof InSubQueryPredicate owners ) || owners.isNegated()
				|| !( owners.getSubQuery().getQueryPart() instanceof QuerySpec ownerRows ) ) {
			throw context.refuse( "A bulk DELETE of the collection table '" + array.table() + "' with a restriction of its own" );
		}
		MongoSelectTranslator select = new MongoSelectTranslator( sessionFactory, factory, owners.getSubQuery() );
		MongoSelectTranslator.Planned planned = select.plan( ownerRows, QueryOptions.NONE, statementDescription() );
		select.getAffectedTableNames().forEach( this::addAffectedTableName );
		binders = planned.context().parameterBinders();
		MqlCommand.Aggregate rows = MutationRows.aggregate( planned, "A bulk DELETE whose owners are read through element-collection joins" );
		return new MqlCommand.ReadThenWrite( rows, new MqlCommand.Update( array.collection(), readIds( planned.context() ), unset, true ) );
	}

	/** A context for the statement's target table, collecting its own parameter slots. */
	private TranslationContext targetContext() {
		var target = statement.getTargetTable();
		TranslationContext context = new TranslationContext( factory.layout( sessionFactory ), target.getTableExpression(),
				target.getIdentificationVariable(), statementDescription(), sessionFactory.getWrapperOptions() );
		binders = context.parameterBinders();
		return context;
	}

	private Map<String, Expression> assignments(TranslationContext context, UpdateStatement update) {
		ExpressionTranslator expressions = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
		Map<String, Expression> assignments = new LinkedHashMap<>();
		for ( Assignment assignment : update.getAssignments() ) {
			assign( context, expressions, assignment, assignments );
		}
		return assignments;
	}

	/**
	 * Whether the statement's rows need a read ({@link MutationRows}): its WHERE or SET reads other
	 * documents (a subquery, a path Hibernate joined) or uses what only a pipeline expresses. Only an
	 * entity's own collection is written this way, and not one holding LOB references (whose files a
	 * bulk write releases by its filter).
	 */
	private boolean needsRead(TranslationContext context, AbstractUpdateOrDeleteStatement mutation) {
		DocumentLayout layout = context.layout();
		if ( !layout.isEntityTable( context.table() ) || !layout.references( context.collection() ).isEmpty()
				|| mutation.getFromClause().getRoots().size() != 1 ) {
			return false;
		}
		TableGroup root = mutation.getFromClause().getRoots().get( 0 );
		if ( root.getPrimaryTableReference() != mutation.getTargetTable() || !root.getTableReferenceJoins().isEmpty() ) {
			return false;
		}
		if ( root.hasRealJoins() || readsOtherDocuments( expressions -> expressions.predicates().toFilter( mutation.getRestriction(), false ) ) ) {
			return true;
		}
		return mutation instanceof UpdateStatement update && !valuesReadingOtherDocuments( update ).isEmpty();
	}

	/** The assignments of {@code update} whose values read other documents or need a pipeline of their own. */
	private List<Assignment> valuesReadingOtherDocuments(UpdateStatement update) {
		return update.getAssignments().stream()
				.filter( assignment -> readsOtherDocuments( expressions -> expressions.translate( assignment.getAssignedValue() ) ) )
				.toList();
	}

	/**
	 * Whether {@code translation} places a subquery's lookup or is refused in the plain context of the
	 * target's documents (a joined column; what a query's pipeline may still express), tried in a context
	 * whose slots are thrown away.
	 */
	private boolean readsOtherDocuments(Consumer<ExpressionTranslator> translation) {
		var target = statement.getTargetTable();
		TranslationContext probe = new TranslationContext( factory.layout( sessionFactory ), target.getTableExpression(),
				target.getIdentificationVariable(), statementDescription(), sessionFactory.getWrapperOptions() );
		probe.placeSubqueries();
		try {
			translation.accept( new ExpressionTranslator( probe, ExpressionTranslator.GroupScope.NONE ) );
		}
		catch (FeatureNotSupportedException refused) {
			return true;
		}
		return probe.pendingSubqueries() > 0;
	}

	/**
	 * The read of the rows, then their write: one {@code updateMany}/{@code deleteMany} of the {@code _id}s
	 * read, or, when a SET value reads other documents, the new values computed by the read and written per
	 * document.
	 */
	private MqlCommand readThenWrite(AbstractUpdateOrDeleteStatement mutation) {
		if ( mutation instanceof UpdateStatement update && !valuesReadingOtherDocuments( update ).isEmpty() ) {
			List<ColumnReference> columns = new ArrayList<>();
			List<org.hibernate.sql.ast.tree.expression.Expression> values = new ArrayList<>();
			for ( Assignment assignment : update.getAssignments() ) {
				rowValues( assignment, columns, values );
			}
			MutationRows.Read read = MutationRows.plan( sessionFactory, factory, mutation, values, statementDescription() );
			read.tables().forEach( this::addAffectedTableName );
			binders = read.context().parameterBinders();
			List<String> fields = new ArrayList<>();
			for ( ColumnReference column : columns ) {
				fields.add( read.context().path( column ) );
			}
			return new MqlCommand.RowValuesUpdate( read.rows(), read.context().collection(), fields );
		}
		MutationRows.Read read = MutationRows.plan( sessionFactory, factory, mutation, List.of(), statementDescription() );
		read.tables().forEach( this::addAffectedTableName );
		TranslationContext context = read.context();
		binders = context.parameterBinders();
		MqlCommand write;
		if ( mutation instanceof UpdateStatement update ) {
			Map<String, Expression> assignments = assignments( context, update );
			write = new MqlCommand.Update( context.collection(), readIds( context ), assignments, true );
		}
		else {
			write = new MqlCommand.Delete( context.collection(), readIds( context ), true );
		}
		return new MqlCommand.ReadThenWrite( read.rows(), write );
	}

	/** <code>{_id: {$in: ids}}</code>, the ids the read found bound after the statement's parameters. */
	private static Filter readIds(TranslationContext context) {
		return new Filter.InArray( "_id", new Operand.ReadIds( context.parameterBinders().size() ), false );
	}

	/** The columns an assignment writes and the value of each, as {@link #assign} reads a tuple or a NULL. */
	private void rowValues(Assignment assignment, List<ColumnReference> columns, List<org.hibernate.sql.ast.tree.expression.Expression> values) {
		List<ColumnReference> targets = assignment.getAssignable().getColumnReferences();
		var value = SqlExpressions.unwrap( assignment.getAssignedValue() );
		for ( int i = 0; i < targets.size(); i++ ) {
			columns.add( targets.get( i ) );
			if ( targets.size() == 1 ) {
				values.add( assignment.getAssignedValue() );
			}
			else if ( value instanceof SqlTuple tuple && tuple.getExpressions().size() == targets.size() ) {
				values.add( tuple.getExpressions().get( i ) );
			}
			else if ( value instanceof Literal literal && literal.getLiteralValue() == null ) {
				values.add( literal );
			}
			else {
				throw FeatureNotSupportedException.construct( "Assigning a computed value to a whole embeddable", statementDescription() );
			}
		}
	}
}
