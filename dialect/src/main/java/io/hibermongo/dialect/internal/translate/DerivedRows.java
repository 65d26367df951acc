package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.hibernate.sql.ast.tree.cte.CteColumn;
import org.hibernate.sql.ast.tree.cte.CteStatement;
import org.hibernate.sql.ast.tree.cte.CteTableGroup;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.QueryPartTableGroup;
import org.hibernate.sql.ast.tree.from.QueryPartTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.select.QueryGroup;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * The rows of a derived table ({@code from (select …) d}, {@code join [lateral] (select …) d on …}) or of
 * a CTE ({@code with x as (select …)}), made by pipeline stages: the subquery planned as a select
 * ({@link SubqueryPipeline}, projecting {@code c0…cn}; a set operation with {@link SetOperations}) on its
 * collection. Column {@code i} of Hibernate's derived table (its {@code QueryPartTableReference}'s column
 * names, a CTE's {@code CteTable} columns) is the field {@code c<i>} of each row. A CTE is a named derived
 * table: its pipeline is inlined wherever it is read (twice when read twice); a recursive one is
 * {@link RecursiveCte}.
 * <p>
 * A global aggregate ({@code select max(…) from …}) gives its row over no rows too, as SQL does:
 * <code>$facet: {rows: [$group…]}</code> then that row when {@code rows} is empty, unwound back into rows.
 *
 * @param collection the collection the pipeline runs on
 * @param stages the pipeline making the rows
 * @param columns Hibernate's column names of the derived table, in the order of {@code c0…cn}
 * @param let the outer values a lateral subquery reads, as the variables of its lookup (empty otherwise)
 * @param tables every table the rows are read from
 */
record DerivedRows(String collection, List<Stage> stages, List<String> columns, Map<String, Expression> let, Set<String> tables) {

	/** Whether {@code group} reads a derived table or a CTE. */
	static boolean isDerived(TableGroup group) {
		return group instanceof QueryPartTableGroup || group instanceof CteTableGroup;
	}

	/** Whether {@code group} is a {@code lateral} derived table, which reads columns of the tables joined before it. */
	static boolean isLateral(TableGroup group) {
		return group instanceof QueryPartTableGroup queryPart && queryPart.getPrimaryTableReference().isLateral();
	}

	/** The name the derived table or CTE of {@code group} goes by in messages. */
	static String name(TableGroup group) {
		return group instanceof CteTableGroup cte ? ( (NamedTableReference) cte.getPrimaryTableReference() ).getTableExpression()
				: "(subquery) " + group.getPrimaryTableReference().getIdentificationVariable();
	}

	/**
	 * The rows of the derived table or CTE of {@code group}, planned in {@code context}'s statement;
	 * {@code enclosing} translates the outer columns a lateral subquery reads (null for others).
	 */
	static DerivedRows of(TranslationContext context, TableGroup group, ExpressionTranslator enclosing) {
		if ( group instanceof QueryPartTableGroup queryPart ) {
			QueryPartTableReference reference = queryPart.getPrimaryTableReference();
			return plan( context, reference.getStatement(), reference.getColumnNames(), enclosing );
		}
		String name = ( (NamedTableReference) group.getPrimaryTableReference() ).getTableExpression();
		CteStatement cte = context.cte( name );
		if ( cte == null ) {
			throw new AssertionError( "The CTE " + name + " is not declared by the statement or an enclosing one" );
		}
		if ( cte.getSearchClauseKind() != null || cte.getCycleColumns() != null ) {
			throw context.refuse( "The SEARCH and CYCLE clauses of a recursive CTE (" + name + ")" );
		}
		List<String> columns = cte.getCteTable().getCteColumns().stream().map( CteColumn::getColumnExpression ).toList();
		if ( cte.isRecursive() ) {
			return RecursiveCte.rows( context, cte, columns );
		}
		return plan( context, (SelectStatement) cte.getCteDefinition(), columns, null );
	}

	private static DerivedRows plan(TranslationContext context, SelectStatement statement, List<String> columns, ExpressionTranslator enclosing) {
		context.addCtes( statement.getCteStatements() );
		if ( statement.getQueryPart() instanceof QueryGroup group ) {
			if ( enclosing != null ) {
				throw context.refuse( "UNION, INTERSECT and EXCEPT in a lateral subquery" );
			}
			NamedTableReference first = ArrayJoins.of( group.getFirstQuerySpec(), context.layout() ).root();
			TranslationContext branches = context.forSubquery( first.getTableExpression(), first.getIdentificationVariable(), null );
			SetOperations operation = new SetOperations( branches, group );
			List<Stage> stages = new ArrayList<>( operation.stages() );
			if ( group.getOffsetClauseExpression() != null ) {
				stages.add( new Stage.Skip( MongoSelectTranslator.clauseOperand( branches, group.getOffsetClauseExpression() ) ) );
			}
			if ( group.getFetchClauseExpression() != null ) {
				stages.add( new Stage.Limit( MongoSelectTranslator.clauseOperand( branches, group.getFetchClauseExpression() ) ) );
			}
			return new DerivedRows( operation.collection(), stages, columns, Map.of(), operation.tables() );
		}
		SubqueryPipeline pipeline = SubqueryPipeline.of( context, enclosing, (QuerySpec) statement.getQueryPart() );
		List<Stage> stages = pipeline.emptyRow() == null ? pipeline.stages() : withEmptyRow( pipeline.stages(), pipeline.emptyRow() );
		return new DerivedRows( pipeline.collection(), stages, columns, pipeline.outer() == null ? Map.of() : pipeline.outer().let(),
				pipeline.tables() );
	}

	/**
	 * {@code stages}, then the row a global aggregate gives over no rows when they gave none: the stages from
	 * its {@code $group} on run in a {@code $facet} (which always yields one document); those before it stay
	 * outside, where a real server's indexes serve them.
	 */
	static List<Stage> withEmptyRow(List<Stage> stages, List<BsonValue> emptyRow) {
		int group = 0;
		while ( group < stages.size() && !( stages.get( group ) instanceof Stage.Group ) ) {
			group++;
		}
		if ( group == stages.size() ) {
			group = 0;
		}
		BsonDocument row = new BsonDocument();
		for ( int i = 0; i < emptyRow.size(); i++ ) {
			row.append( "c" + i, emptyRow.get( i ) );
		}
		Expression none = new Operator( "$eq", new Operator( "$size", new Field( "rows" ) ), ExpressionTranslator.constant( 0 ) );
		Expression rows = new Operator( "$cond", none, new Expression.Constant( new Operand.Literal( new BsonArray( List.<BsonValue>of( row ) ) ) ),
				new Field( "rows" ) );
		List<Stage> all = new ArrayList<>( stages.subList( 0, group ) );
		all.addAll( List.of( new Stage.Facet( "rows", stages.subList( group, stages.size() ) ), new Stage.Project( Map.of( "rows", rows ) ),
				new Stage.UnwindLookup( "rows", false ), new Stage.ReplaceRoot( new Field( "rows" ) ) ) );
		return all;
	}
}
