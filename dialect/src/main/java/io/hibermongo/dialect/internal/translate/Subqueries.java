package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.hibernate.sql.ast.tree.expression.Any;
import org.hibernate.sql.ast.tree.expression.Every;
import org.hibernate.sql.ast.tree.expression.ModifiedSubQueryExpression;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.predicate.ExistsPredicate;
import org.hibernate.sql.ast.tree.predicate.InSubQueryPredicate;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Subqueries over other collections (or other documents of the same one), each read by a
 * {@code $lookup} whose pipeline makes its rows ({@link SubqueryPipeline}) into the array {@code R} of
 * the outer row; the predicate or value is then an expression over {@code R}, TRUE exactly where SQL's
 * predicate is TRUE:
 * <ul>
 * <li>{@code exists}: <code>{$gt: [{$size: R}, 0]}</code>;</li>
 * <li>{@code x in (…)}, {@code x = any/some (…)}, {@code x op any (…)}: some row where {@code x op c0}
 *     is TRUE (both neither NULL nor missing): <code>$size of $filter(R, cond) &gt; 0</code>;</li>
 * <li>{@code x not in (…)}, {@code x op all (…)}: no row where {@code x op c0} is not TRUE, so a NULL
 *     among the subquery's values, or a NULL {@code x} over a non-empty subquery, makes NOT IN match
 *     nothing, and an empty subquery makes it match everything, as in SQL; a negated quantifier uses
 *     the negated operator the same way;</li>
 * <li>a tuple {@code (a, b) [not] in (select x, y …)} compares member by member: a row equals when
 *     every pair is equal, differs when some pair is non-NULL and different;</li>
 * <li>a scalar subquery: its one value, NULL over no rows; more than one row fails the statement, as
 *     SQL's "scalar subquery contains more than one row" does, through a failing {@code $toInt}.</li>
 * </ul>
 * A global aggregate ({@code select count(*) …}) yields its row over no rows too, as SQL does:
 * {@code R} is replaced by that row when the pipeline gives none. {@code size()} and {@code is empty} of
 * an entity collection are such subqueries in Hibernate's AST.
 */
final class Subqueries {

	private final ExpressionTranslator enclosing;

	Subqueries(ExpressionTranslator enclosing) {
		this.enclosing = enclosing;
	}

	Expression exists(ExistsPredicate exists, boolean negated) {
		Expression size = new Operator( "$size", rows( exists.getExpression(), 1 ) );
		return new Operator( negated != exists.isNegated() ? "$eq" : "$gt", size, ExpressionTranslator.constant( 0 ) );
	}

	Expression in(InSubQueryPredicate in, boolean negated) {
		boolean not = negated != in.isNegated();
		return quantified( in.getTestExpression(), not ? Filter.Operator.NE : Filter.Operator.EQ, !not, in.getSubQuery() );
	}

	/**
	 * {@code test op any|some|all (subquery)} ({@code test} on the left: Hibernate mirrors the operator
	 * when the subquery is written first).
	 */
	Expression quantified(org.hibernate.sql.ast.tree.expression.Expression test, Filter.Operator operator,
			org.hibernate.sql.ast.tree.expression.Expression quantified, boolean negated) {
		boolean all;
		SelectStatement subquery;
		if ( quantified instanceof ModifiedSubQueryExpression modified ) {
			all = modified.getModifier() == ModifiedSubQueryExpression.Modifier.ALL;
			subquery = modified.getSubQuery();
		}
		else if ( quantified instanceof Every every ) {
			all = true;
			subquery = every.getSubquery();
		}
		else {
			all = false;
			subquery = ( (Any) quantified ).getSubquery();
		}
		// NOT (x op ALL s) is x (not op) ANY s, and NOT (x op ANY s) is x (not op) ALL s
		return quantified( test, negated ? operator.negated() : operator, all == negated, subquery );
	}

	/** Whether {@code expression} is a quantified subquery: {@code all}, {@code any} or {@code some} (…). */
	static boolean isQuantified(org.hibernate.sql.ast.tree.expression.Expression expression) {
		return expression instanceof ModifiedSubQueryExpression || expression instanceof Every || expression instanceof Any;
	}

	/** The subquery's one value, as the select list, WHERE or ORDER BY read it. */
	Expression scalar(SelectStatement statement) {
		// two rows are enough to tell one from more
		Expression rows = rows( statement, 2 );
		if ( MongoSelectTranslator.orderedSelections( (QuerySpec) statement.getQueryPart() ).size() != 1 ) {
			throw enclosing.context().refuse( "A scalar subquery selecting more than one column" );
		}
		Expression first = new Operator( "$arrayElemAt", column( rows, 0 ), ExpressionTranslator.constant( 0 ) );
		return new Operator( "$cond", new Operator( "$gt", new Operator( "$size", rows ), ExpressionTranslator.constant( 1 ) ), moreThanOneRow(), first );
	}

	/**
	 * What a scalar subquery of more than one row evaluates: a conversion that fails the statement with
	 * that message (both servers carry it in the error), as SQL's "scalar subquery contains more than one row".
	 */
	static Expression moreThanOneRow() {
		return new Operator( "$toInt",
				new Constant( new Operand.Literal( new BsonString( "Hibermongo: a scalar subquery returned more than one row" ) ) ) );
	}

	/**
	 * {@code some} (at least one row where the comparison is TRUE) or, when not {@code some}, all (no row
	 * where it is not TRUE). Where each row is one document of the subquery's pipeline, the comparison runs
	 * inside the lookup, on the outer values bound as variables, and the lookup keeps at most the one row
	 * that decides, so a large subquery never fills the outer row; the rows of a grouping, DISTINCT, paged
	 * or global aggregate subquery (which may be the row SQL gives over no rows) are tested in the outer
	 * row.
	 */
	private Expression quantified(org.hibernate.sql.ast.tree.expression.Expression test, Filter.Operator operator, boolean some,
			SelectStatement statement) {
		List<? extends org.hibernate.sql.ast.tree.expression.Expression> tests = SqlExpressions.unwrap( test ) instanceof SqlTuple tuple
				? tuple.getExpressions() : List.of( test );
		List<Expression> values = enclosing.translateAll( tests );
		SubqueryPipeline pipeline = SubqueryPipeline.of( enclosing, statement );
		int columns = MongoSelectTranslator.orderedSelections( (QuerySpec) statement.getQueryPart() ).size();
		if ( columns != tests.size() ) {
			throw enclosing.context().refuse( "A subquery comparison whose sides have " + tests.size() + " and " + columns + " columns" );
		}
		int projection = rowProjection( pipeline );
		if ( projection >= 0 ) {
			List<Expression> variables = new ArrayList<>();
			values.forEach( value -> variables.add( new Field( pipeline.outer().value( value ) ) ) );
			Map<String, Expression> columnsOfRow = ( (Stage.Project) pipeline.stages().get( projection ) ).fields();
			Expression holds = holds( variables, operator, columnsOfRow );
			List<Stage> stages = new ArrayList<>( pipeline.stages() );
			// tested on the document before its projection: the embedded server's variables do not survive $project
			stages.add( projection, new Stage.Match( new Filter.Expr( some ? holds : new Operator( "$not", holds ) ) ) );
			stages.add( new Stage.Limit( new Operand.Literal( new BsonInt32( 1 ) ) ) );
			Expression found = new Operator( "$size", lookup( pipeline, stages ) );
			return new Operator( some ? "$gt" : "$eq", found, ExpressionTranslator.constant( 0 ) );
		}
		Expression rows = pipeline.emptyRow() == null ? lookup( pipeline, pipeline.stages() )
				: withEmptyRow( lookup( pipeline, pipeline.stages() ), pipeline.emptyRow() );
		Map<String, Expression> columnsOfRow = new LinkedHashMap<>();
		for ( int i = 0; i < values.size(); i++ ) {
			columnsOfRow.put( "c" + i, new Field( "$this.c" + i ) );
		}
		Expression holds = holds( values, operator, columnsOfRow );
		Expression matching = count( rows, some ? holds : new Operator( "$not", holds ) );
		return new Operator( some ? "$gt" : "$eq", matching, ExpressionTranslator.constant( 0 ) );
	}

	/**
	 * The position of the projection that makes the subquery's rows, when each row is one document of its
	 * pipeline (no grouping, DISTINCT, global aggregate, OFFSET or FETCH, no derived table or CTE), so a condition on a row can be
	 * tested on the document just before it; -1 otherwise.
	 */
	private static int rowProjection(SubqueryPipeline pipeline) {
		if ( pipeline.emptyRow() != null ) {
			return -1;
		}
		int projection = -1;
		for ( int i = 0; i < pipeline.stages().size(); i++ ) {
			Stage stage = pipeline.stages().get( i );
			if ( stage instanceof Stage.Group || stage instanceof Stage.Facet || stage instanceof Stage.Skip || stage instanceof Stage.Limit ) {
				return -1;
			}
			if ( stage instanceof Stage.Project ) {
				if ( projection >= 0 ) {
					// the rows of a derived table or CTE were projected before: the embedded server lost the variables there
					return -1;
				}
				projection = i;
			}
		}
		return projection;
	}
	/**
	 * Whether {@code values op row} is TRUE, {@code row} giving each column {@code c<i>}: a row of several
	 * columns equals when every pair does, and differs when some pair does.
	 */
	private static Expression holds(List<Expression> values, Filter.Operator operator, Map<String, Expression> row) {
		List<Expression> pairs = new ArrayList<>();
		for ( int i = 0; i < values.size(); i++ ) {
			pairs.add( PredicateTranslator.comparison( values.get( i ), operator, row.get( "c" + i ) ) );
		}
		return pairs.size() == 1 ? pairs.get( 0 ) : new Operator( operator == Filter.Operator.NE ? "$or" : "$and", pairs );
	}

	private static Expression count(Expression rows, Expression condition) {
		return new Operator( "$size", Mql.filter( rows, condition ) );
	}

	private static Expression column(Expression rows, int index) {
		return Mql.map( rows, new Field( "$this.c" + index ) );
	}

	/** The subquery's rows, at most {@code limit} of them (a global aggregate yields one anyway). */
	private Expression rows(SelectStatement statement, int limit) {
		SubqueryPipeline pipeline = SubqueryPipeline.of( enclosing, statement );
		if ( pipeline.emptyRow() != null ) {
			return withEmptyRow( lookup( pipeline, pipeline.stages() ), pipeline.emptyRow() );
		}
		List<Stage> stages = new ArrayList<>( pipeline.stages() );
		stages.add( new Stage.Limit( new Operand.Literal( new BsonInt32( limit ) ) ) );
		return lookup( pipeline, stages );
	}

	/** A lookup running {@code stages} for the subquery, added before the stage that reads its rows, and the array it fills. */
	private Expression lookup(SubqueryPipeline pipeline, List<Stage> stages) {
		SubqueryLookups lookups = enclosing.context().subqueries();
		return new Field( lookups.add( pipeline.collection(), pipeline.outer().let(), stages, pipeline.tables() ) );
	}

	/** {@code rows}, or the row a global aggregate gives over no rows when the pipeline gave none. */
	private static Expression withEmptyRow(Expression rows, List<BsonValue> emptyRow) {
		BsonDocument row = new BsonDocument();
		for ( int i = 0; i < emptyRow.size(); i++ ) {
			row.append( "c" + i, emptyRow.get( i ) );
		}
		Expression none = new Operator( "$eq", new Operator( "$size", rows ), ExpressionTranslator.constant( 0 ) );
		return new Operator( "$cond", none, new Constant( new Operand.Literal( new BsonArray( List.<BsonValue>of( row ) ) ) ), rows );
	}
}
