package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.DocumentShape;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.IdentityCounter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.DatabaseStructure;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.spi.QueryOptions;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.JdbcParameter;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.expression.SelfRenderingSqlFragmentExpression;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.insert.ConflictClause;
import org.hibernate.sql.ast.tree.insert.InsertSelectStatement;
import org.hibernate.sql.ast.tree.insert.Values;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.ast.tree.select.SortSpecification;
import org.hibernate.sql.ast.tree.update.Assignment;
import org.hibernate.sql.results.internal.SqlSelectionImpl;

/**
 * Translates HQL {@code insert into X (…) values (…)[, (…)]} and {@code insert into X (…) select …}:
 * <ul>
 * <li>one row of values: the entity insert's {@link MqlCommand.Insert}; several: {@link MqlCommand.InsertRows},
 *     one {@code insertMany}. Values are parameters or literals (Hibernate's generated ids and version seeds
 *     are parameters bound per row); a computed value is refused;</li>
 * <li>a select: {@link MqlCommand.InsertSelect}, the select planned as a query whose columns are the
 *     inserted values, then one {@code insertMany} of its rows.</li>
 * </ul>
 * {@code on conflict [(columns)] do nothing} skips the rows that conflict, {@code on conflict (columns) do
 * update set … [where …]} updates the document a row conflicts with ({@link MqlCommand.OnConflict}).
 * Ids: assigned by the statement (selected or given); IDENTITY from the entity's counter; in a select, a
 * sequence of increment 1 (Hibernate puts its {@code nextval} in the select list) as one block of its
 * counter. Other generators never reach here: Hibernate refuses UUIDs in an insert-select itself, and
 * sends pooled sequences and table generators to the multi-table insert strategy, which
 * {@code MongoDialect} refuses by name.
 */
final class InsertTranslator {

	/** The alias under which Hibernate reads the row being inserted in {@code do update} ({@code excluded.x}). */
	private static final String EXCLUDED_ALIAS = "excluded";

	private final SessionFactoryImplementor sessionFactory;
	private final MongoSqlAstTranslatorFactory factory;
	private final InsertSelectStatement insert;
	private final TranslationContext context;

	InsertTranslator(SessionFactoryImplementor sessionFactory, MongoSqlAstTranslatorFactory factory, InsertSelectStatement insert,
			TranslationContext context) {
		this.sessionFactory = sessionFactory;
		this.factory = factory;
		this.insert = insert;
		this.context = context;
	}

	/** The command, the context holding its parameter slots, and the tables it reads besides the target. */
	record Translated(MqlCommand command, TranslationContext context, Set<String> tables) {
	}

	Translated translate() {
		if ( !context.layout().isEntityTable( context.table() ) || !( insert.getMutationTarget() instanceof EntityPersister persister ) ) {
			throw context.refuse( "An INSERT into a table that is not an entity's own collection" );
		}
		IdentityCounter identity = persister.isIdentifierAssignedByInsert()
				? TableMutationTranslator.identityCounter( sessionFactory, persister, context.collection() ) : null;
		if ( insert.getSourceSelectStatement() != null ) {
			return select( persister, identity );
		}
		List<DocumentShape> documents = new ArrayList<>();
		for ( Values values : insert.getValuesList() ) {
			DocumentShape document = new DocumentShape();
			for ( int i = 0; i < insert.getTargetColumns().size(); i++ ) {
				document.put( path( insert.getTargetColumns().get( i ) ), operand( values.getExpressions().get( i ) ) );
			}
			documents.add( document );
		}
		requireId( persister, identity );
		MqlCommand.OnConflict conflicts = conflicts();
		MqlCommand command = documents.size() == 1 && conflicts == null
				? new MqlCommand.Insert( context.collection(), documents.get( 0 ), identity )
				: new MqlCommand.InsertRows( context.collection(), documents, identity, conflicts );
		return new Translated( command, context, Set.of() );
	}

	/**
	 * The select's rows as an aggregate of the inserted values; a sequence's {@code nextval} in its
	 * select list becomes a block of the sequence's counter instead.
	 */
	private Translated select(EntityPersister persister, IdentityCounter identity) {
		if ( !( insert.getSourceSelectStatement() instanceof QuerySpec source ) ) {
			throw context.refuse( "INSERT … SELECT of a set operation (UNION, INTERSECT, EXCEPT)" );
		}
		QuerySpec rows = copyWithoutSelections( source );
		List<SqlSelection> selections = source.getSelectClause().getSqlSelections();
		DocumentShape document = new DocumentShape();
		IdentityCounter ids = identity;
		for ( int i = 0; i < selections.size(); i++ ) {
			Expression value = selections.get( i ).getExpression();
			ColumnReference target = insert.getTargetColumns().get( i );
			if ( value instanceof SelfRenderingSqlFragmentExpression ) {
				ids = sequenceCounter( persister, target );
			}
			else {
				int column = rows.getSelectClause().getSqlSelections().size();
				rows.getSelectClause().addSqlSelection( new SqlSelectionImpl( column, value ) );
				document.put( path( target ), new Operand.RowColumn( column ) );
			}
		}
		requireId( persister, ids );
		MqlCommand.OnConflict conflicts = conflicts();
		if ( conflicts != null && !conflicts.doNothing() ) {
			// Hibernate 7.4.6 fails on it itself (its converter needs the select's FROM clause for the conflict columns)
			throw context.refuse( "INSERT … SELECT … ON CONFLICT DO UPDATE" );
		}
		MongoSelectTranslator select = new MongoSelectTranslator( sessionFactory, factory, new SelectStatement( rows ) );
		MongoSelectTranslator.Planned planned = select.plan( rows, QueryOptions.NONE, context.statement() );
		MqlCommand.Aggregate aggregate = MutationRows.aggregate( planned, "An INSERT … SELECT reading element collections through joins" );
		Set<String> tables = new HashSet<>( select.getAffectedTableNames() );
		return new Translated( new MqlCommand.InsertSelect( aggregate, new MqlCommand.Insert( context.collection(), document, ids ),
				conflicts ),
				planned.context(), tables );
	}

	/**
	 * What {@code on conflict} does; null without a conflict clause. {@code on constraint <name>} and
	 * {@code do update} without conflict columns are refused by name.
	 */
	private MqlCommand.OnConflict conflicts() {
		ConflictClause clause = insert.getConflictClause();
		if ( clause == null ) {
			return null;
		}
		if ( clause.getConstraintName() != null ) {
			throw context.refuse( "INSERT … ON CONFLICT ON CONSTRAINT (name the conflicting columns instead)" );
		}
		List<String> paths = new ArrayList<>();
		for ( String column : clause.getConstraintColumnNames() ) {
			String path = context.layout().fieldPath( context.table(), column );
			if ( path.contains( "." ) ) {
				throw context.refuse( "INSERT … ON CONFLICT on the column '" + column + "' of an embeddable" );
			}
			paths.add( path );
		}
		if ( clause.isDoNothing() ) {
			return new MqlCommand.OnConflict( paths, Map.of(), null );
		}
		if ( paths.isEmpty() ) {
			throw context.refuse( "INSERT … ON CONFLICT DO UPDATE without conflict columns" );
		}
		// excluded.x reads the row being inserted, which the update's aggregate holds in a field of its own
		Map<String, String> excluded = new HashMap<>();
		for ( ColumnReference target : insert.getTargetColumns() ) {
			excluded.put( target.getColumnExpression(), MqlCommand.OnConflict.EXCLUDED + "." + path( target ) );
		}
		context.readColumnsAt( EXCLUDED_ALIAS, excluded );
		ExpressionTranslator expressions = new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE );
		Map<String, io.hibermongo.dialect.internal.mql.Expression> assignments = new LinkedHashMap<>();
		for ( Assignment assignment : clause.getAssignments() ) {
			BulkMutationTranslator.assign( context, expressions, assignment, assignments );
		}
		Filter where = clause.getPredicate() == null ? null
				: new Filter.Expr( expressions.predicates().toExpression( clause.getPredicate(), false ) );
		return new MqlCommand.OnConflict( paths, assignments, where );
	}

	/** {@code source} without its select list, which the caller fills with the values to insert, in target order. */
	private static QuerySpec copyWithoutSelections(QuerySpec source) {
		QuerySpec copy = new QuerySpec( true );
		for ( TableGroup root : source.getFromClause().getRoots() ) {
			copy.getFromClause().addRoot( root );
		}
		copy.applyPredicate( source.getWhereClauseRestrictions() );
		copy.setGroupByClauseExpressions( source.getGroupByClauseExpressions() );
		copy.setHavingClauseRestrictions( source.getHavingClauseRestrictions() );
		copy.getSelectClause().makeDistinct( source.getSelectClause().isDistinct() );
		for ( SortSpecification sort : MongoSelectTranslator.sortSpecifications( source ) ) {
			copy.addSortSpecification( sort );
		}
		copy.setOffsetClauseExpression( source.getOffsetClauseExpression() );
		copy.setFetchClauseExpression( source.getFetchClauseExpression(), source.getFetchClauseType() );
		return copy;
	}

	/** The counter of the entity's sequence, whose {@code nextval} Hibernate put in the select list for the id. */
	private IdentityCounter sequenceCounter(EntityPersister persister, ColumnReference target) {
		if ( persister.getGenerator() instanceof SequenceStyleGenerator sequence && sequence.getDatabaseStructure().isPhysicalSequence()
				&& path( target ).equals( "_id" ) ) {
			DatabaseStructure structure = sequence.getDatabaseStructure();
			return new IdentityCounter( MongoSqlAstTranslatorFactory.counterCollection( sessionFactory ),
					sessionFactory.getSqlStringGenerationContext().format( structure.getPhysicalName() ),
					TableMutationTranslator.isInt32Id( persister ), structure.getInitialValue() );
		}
		throw context.refuse( "The SQL fragment '" + target.getColumnExpression() + "' of an INSERT … SELECT" );
	}

	/** Refuses an insert that leaves the {@code _id} to MongoDB: Hibernate's id is neither given nor generated. */
	private void requireId(EntityPersister persister, IdentityCounter ids) {
		boolean given = insert.getTargetColumns().stream().anyMatch( column -> path( column ).equals( "_id" ) );
		if ( !given && ids == null ) {
			throw context.refuse( "An INSERT into " + persister.getEntityName() + " without a value for its id" );
		}
	}

	private String path(ColumnReference target) {
		return context.layout().fieldPath( context.table(), target.getColumnExpression() );
	}

	private Operand operand(Expression value) {
		Expression unwrapped = SqlExpressions.unwrap( value );
		if ( unwrapped instanceof JdbcParameter parameter ) {
			return context.parameter( parameter );
		}
		if ( unwrapped instanceof Literal literal ) {
			return context.literal( literal );
		}
		throw context.refuse( "A computed value in INSERT … VALUES (only parameters and literals)" );
	}
}
