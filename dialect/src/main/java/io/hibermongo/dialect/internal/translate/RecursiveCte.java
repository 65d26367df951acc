package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.hibernate.query.sqm.BinaryArithmeticOperator;
import org.hibernate.query.sqm.SetOperator;
import org.hibernate.sql.ast.SqlAstJoinType;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.cte.CteStatement;
import org.hibernate.sql.ast.tree.cte.CteTableGroup;
import org.hibernate.sql.ast.tree.expression.BinaryArithmeticExpression;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableGroupJoin;
import org.hibernate.sql.ast.tree.from.VirtualTableGroup;
import org.hibernate.sql.ast.tree.select.QueryGroup;
import org.hibernate.sql.ast.tree.select.QueryPart;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * A recursive CTE of the tree-walk shape, {@code with t as (<anchor> union all select … from E e join t on
 * e.parent = t.k [where <conditions on e>])}, where the recursive part reads {@code k} from the id of
 * {@code e} (each row finds the children of the rows of the step before): the anchor's rows
 * ({@link SubqueryPipeline}, {@code c0…cn}), then
 * <code>{$graphLookup: {from: E, startWith: "$c&lt;k&gt;", connectFromField: "_id", connectToField: "parent",
 * as: "#tree", depthField: "#depth", [restrictSearchWithMatch: conditions]}}</code>, then one row for the anchor
 * row and one per document found. A column of the recursive part is a value of the document found, the same
 * column of the anchor row ({@code t.c}) or that column plus a constant per step ({@code t.depth + 1}: the
 * anchor's value plus {@code (#depth + 1) × constant}). A NULL start value finds nothing, as SQL's equality
 * does.
 * <p>
 * Since each document has one parent and is reached from the ids of its ancestors, every document below an
 * anchor row is found once, at its own level, exactly as SQL's iteration finds it, as long as the data has no
 * cycle. On cyclic data SQL's recursion never ends (H2 fails the statement); {@code $graphLookup} visits each
 * document once and stops, so the result is then each reachable document once. Other shapes (UNION without
 * ALL, a join on a column other than the id, conditions or columns computed from the CTE's previous row,
 * several joins) and the SEARCH and CYCLE clauses are refused by name.
 */
final class RecursiveCte {

	private static final String TREE = "#tree";
	private static final String DEPTH = "#depth";
	private static final String ANCHOR = "#anchor";

	private final TranslationContext context;
	private final String name;
	private final List<String> columns;
	private String cteAlias;
	private String entityAlias;
	private String entityTable;

	private RecursiveCte(TranslationContext context, String name, List<String> columns) {
		this.context = context;
		this.name = name;
		this.columns = columns;
	}

	static DerivedRows rows(TranslationContext context, CteStatement cte, List<String> columns) {
		return new RecursiveCte( context, cte.getCteTable().getTableExpression(), columns ).rows( (SelectStatement) cte.getCteDefinition() );
	}

	private DerivedRows rows(SelectStatement definition) {
		context.addCtes( definition.getCteStatements() );
		if ( !( definition.getQueryPart() instanceof QueryGroup group ) || group.getQueryParts().size() != 2
				|| !group.getQueryParts().stream().allMatch( QuerySpec.class::isInstance ) ) {
			throw refuse( "that is not one select UNION ALL one recursive select" );
		}
		if ( group.getSetOperator() != SetOperator.UNION_ALL ) {
			throw refuse( "with " + group.getSetOperator().sqlString() + " (only UNION ALL, the rows of a tree walk, is translated)" );
		}
		if ( hasOrderOrPaging( group ) ) {
			throw refuse( "with ORDER BY, OFFSET or FETCH on its union" );
		}
		QuerySpec anchor = (QuerySpec) group.getQueryParts().get( 0 );
		QuerySpec step = (QuerySpec) group.getQueryParts().get( 1 );
		TableGroupJoin join = join( step );
		ColumnReference[] key = key( join );
		int start = columns.indexOf( key[1].getColumnExpression() );
		List<SqlSelection> selections = MongoSelectTranslator.orderedSelections( step );
		if ( selections.size() != columns.size() || !( SqlExpressions.unwrap( selections.get( start ).getExpression() ) instanceof ColumnReference from )
				|| !entityAlias.equals( from.getQualifier() ) || !"_id".equals( context.layout().fieldPath( entityTable, from.getColumnExpression() ) ) ) {
			throw refuse( "whose recursive part does not select the id of the rows it finds as the column it joins on (only a walk from "
					+ "parents to children is translated)" );
		}
		SubqueryPipeline rows = SubqueryPipeline.of( context, null, anchor );
		List<Stage> stages = new ArrayList<>( rows.emptyRow() == null ? rows.stages() : DerivedRows.withEmptyRow( rows.stages(), rows.emptyRow() ) );
		String collection = context.layout().collection( entityTable );
		// the embedded server starts every walk from the row's _id, whatever startWith says; a real server ignores it
		stages.add( new Stage.AddFields( Map.of( "_id", new Field( "c" + start ) ) ) );
		stages.add( new Stage.GraphLookup( collection, "c" + start, "_id", context.layout().fieldPath( entityTable, key[0].getColumnExpression() ),
				TREE, DEPTH, restriction( step ) ) );
		stages.addAll( rowPerDocument( start, selections ) );
		Set<String> tables = new LinkedHashSet<>( rows.tables() );
		tables.add( entityTable );
		return new DerivedRows( rows.collection(), stages, columns, Map.of(), tables );
	}

	private static boolean hasOrderOrPaging(QueryPart part) {
		return part.getSortSpecifications() != null && !part.getSortSpecifications().isEmpty()
				|| part.getOffsetClauseExpression() != null || part.getFetchClauseExpression() != null;
	}

	/** The one inner join of the recursive part between an entity table and this CTE; notes both aliases. */
	private TableGroupJoin join(QuerySpec step) {
		if ( step.getFromClause().getRoots().size() != 1 || hasOrderOrPaging( step ) || step.getSelectClause().isDistinct()
				|| !step.getGroupByClauseExpressions().isEmpty() || step.getHavingClauseRestrictions() != null ) {
			throw refuse( "whose recursive part has several roots, grouping, DISTINCT, ORDER BY or paging" );
		}
		TableGroup root = step.getFromClause().getRoots().get( 0 );
		List<TableGroupJoin> joins = joinsRead( root );
		if ( joins.size() != 1 || joins.get( 0 ).getJoinType() != SqlAstJoinType.INNER ) {
			throw refuse( "whose recursive part is not one inner join of an entity to the CTE" );
		}
		TableGroup joined = joins.get( 0 ).getJoinedGroup();
		TableGroup cte = isThisCte( root ) ? root : joined;
		TableGroup entity = cte == root ? joined : root;
		if ( !isThisCte( cte ) || !joinsRead( joined ).isEmpty() || !( entity.getPrimaryTableReference() instanceof NamedTableReference table )
				|| !context.layout().isEntityTable( table.getTableExpression() ) || !entity.getTableReferenceJoins().isEmpty() ) {
			throw refuse( "whose recursive part is not one inner join of an entity stored as whole documents to the CTE" );
		}
		cteAlias = cte.getPrimaryTableReference().getIdentificationVariable();
		entityAlias = table.getIdentificationVariable();
		entityTable = table.getTableExpression();
		return joins.get( 0 );
	}

	private boolean isThisCte(TableGroup group) {
		return group instanceof CteTableGroup && name.equals( ( (NamedTableReference) group.getPrimaryTableReference() ).getTableExpression() );
	}

	private static List<TableGroupJoin> joinsRead(TableGroup group) {
		List<TableGroupJoin> joins = new ArrayList<>();
		for ( TableGroupJoin join : group.getNestedTableGroupJoins() ) {
			if ( join.getJoinedGroup().isInitialized() && !( join.getJoinedGroup() instanceof VirtualTableGroup ) ) {
				joins.add( join );
			}
		}
		for ( TableGroupJoin join : group.getTableGroupJoins() ) {
			if ( join.getJoinedGroup().isInitialized() && !( join.getJoinedGroup() instanceof VirtualTableGroup ) ) {
				joins.add( join );
			}
		}
		return joins;
	}

	/** The join's one equality: the entity's column (index 0, the parent key) and the CTE's column (index 1). */
	private ColumnReference[] key(TableGroupJoin join) {
		List<ColumnReference[]> pairs = new ArrayList<>();
		if ( JoinConditions.equalities( join.getPredicate(), pairs ) && pairs.size() == 1 ) {
			ColumnReference[] pair = pairs.get( 0 );
			if ( entityAlias.equals( pair[0].getQualifier() ) && cteAlias.equals( pair[1].getQualifier() ) ) {
				return pair;
			}
			if ( cteAlias.equals( pair[0].getQualifier() ) && entityAlias.equals( pair[1].getQualifier() ) ) {
				return new ColumnReference[] { pair[1], pair[0] };
			}
		}
		throw refuse( "whose recursive part joins on something other than one equality of a column of the entity and one of the CTE" );
	}

	/** The WHERE of the recursive part as the query filter every document of the walk matches, or null. */
	private Filter restriction(QuerySpec step) {
		if ( step.getWhereClauseRestrictions() == null ) {
			return null;
		}
		TranslationContext walk = context.forSubquery( entityTable, entityAlias, null );
		walk.readDerivedRows( cteAlias, "#previous", columns, null );
		walk.takeJoinedUse();
		Filter filter = new ExpressionTranslator( walk, ExpressionTranslator.GroupScope.NONE ).predicates()
				.toFilter( step.getWhereClauseRestrictions(), false );
		if ( walk.takeJoinedUse() || walk.pendingSubqueries() > 0 ) {
			throw refuse( "whose recursive part has a condition on the CTE's own columns or a subquery" );
		}
		if ( needsExpression( filter ) ) {
			throw refuse( "whose recursive part has a condition that needs an aggregation expression ($graphLookup's "
					+ "restrictSearchWithMatch takes query operators only)" );
		}
		return filter;
	}

	private static boolean needsExpression(Filter filter) {
		if ( filter instanceof Filter.And and ) {
			return and.parts().stream().anyMatch( RecursiveCte::needsExpression );
		}
		if ( filter instanceof Filter.Or or ) {
			return or.parts().stream().anyMatch( RecursiveCte::needsExpression );
		}
		if ( filter instanceof Filter.ElementMatch match ) {
			return needsExpression( match.condition() );
		}
		return filter instanceof Filter.Expr;
	}

	/**
	 * The anchor row and each document found as rows {@code c0…cn}: the array {@code #tree} after a marker for
	 * the anchor row (empty when the start value is NULL), unwound, each column taken from the anchor row or
	 * computed from the document.
	 */
	private List<Stage> rowPerDocument(int start, List<SqlSelection> selections) {
		Expression marker = new Expression.Constant( new Operand.Literal( new BsonArray( List.<BsonValue>of( new BsonDocument( ANCHOR, BsonBoolean.TRUE ) ) ) ) );
		Expression found = new Operator( "$cond", new Operator( "$gt", new Field( "c" + start ), ExpressionTranslator.nullConstant() ),
				new Field( TREE ), new Expression.Constant( new Operand.Literal( new BsonArray() ) ) );
		List<Stage> stages = new ArrayList<>();
		stages.add( new Stage.AddFields( Map.of( TREE, new Operator( "$concatArrays", marker, found ) ) ) );
		stages.add( new Stage.UnwindLookup( TREE, false ) );
		TranslationContext document = context.forSubquery( entityTable, entityAlias, null );
		document.joinDocument( entityAlias, entityTable, TREE );
		Expression isAnchor = new Operator( "$eq", new Field( TREE + "." + ANCHOR ), new Expression.Constant( new Operand.Literal( BsonBoolean.TRUE ) ) );
		Map<String, Expression> row = new LinkedHashMap<>();
		for ( int i = 0; i < selections.size(); i++ ) {
			Expression value = stepValue( document, i, SqlExpressions.unwrap( selections.get( i ).getExpression() ) );
			row.put( "c" + i, new Operator( "$cond", isAnchor, new Field( "c" + i ), value ) );
		}
		stages.add( new Stage.Project( row ) );
		return stages;
	}

	/** Column {@code i} of a row the walk found: see the class comment. */
	private Expression stepValue(TranslationContext document, int i, org.hibernate.sql.ast.tree.expression.Expression expression) {
		if ( isThisColumn( expression, i ) ) {
			return new Field( "c" + i );
		}
		if ( expression instanceof BinaryArithmeticExpression sum && sum.getOperator() == BinaryArithmeticOperator.ADD ) {
			org.hibernate.sql.ast.tree.expression.Expression left = SqlExpressions.unwrap( sum.getLeftHandOperand() );
			org.hibernate.sql.ast.tree.expression.Expression right = SqlExpressions.unwrap( sum.getRightHandOperand() );
			Literal step = isThisColumn( left, i ) && right instanceof Literal literal ? literal
					: isThisColumn( right, i ) && left instanceof Literal literal ? literal : null;
			if ( step != null ) {
				Expression steps = new Operator( "$add", new Field( TREE + "." + DEPTH ), ExpressionTranslator.constant( 1 ) );
				return new Operator( "$add", new Field( "c" + i ),
						new Operator( "$multiply", steps, new Expression.Constant( context.literal( step ) ) ) );
			}
		}
		// a value of the document found alone translates alike whatever the CTE's previous row is
		TranslationContext one = document.scratch();
		one.readDerivedRows( cteAlias, "#one", columns, null );
		TranslationContext other = document.scratch();
		other.readDerivedRows( cteAlias, "#other", columns, null );
		if ( !translate( one, expression ).equals( translate( other, expression ) ) ) {
			throw refuse( "whose recursive part computes the column " + columns.get( i ) + " from the CTE's previous row other than as "
					+ "that column or that column plus a constant" );
		}
		return translate( document, expression );
	}

	private boolean isThisColumn(org.hibernate.sql.ast.tree.expression.Expression expression, int i) {
		return expression instanceof ColumnReference column && cteAlias.equals( column.getQualifier() )
				&& columns.get( i ).equals( column.getColumnExpression() );
	}

	private static Expression translate(TranslationContext context, org.hibernate.sql.ast.tree.expression.Expression expression) {
		return new ExpressionTranslator( context, ExpressionTranslator.GroupScope.NONE ).translate( expression );
	}

	private io.hibermongo.dialect.FeatureNotSupportedException refuse(String shape) {
		return context.refuse( "A recursive CTE (" + name + ") " + shape );
	}
}
