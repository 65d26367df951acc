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
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.mql.ResultColumns;
import io.hibermongo.dialect.internal.mql.Stage;
import org.bson.BsonDocument;
import org.hibernate.query.sqm.SetOperator;
import org.hibernate.sql.ast.spi.SqlSelection;
import org.hibernate.sql.ast.tree.expression.SqlSelectionExpression;
import org.hibernate.sql.ast.tree.select.QueryGroup;
import org.hibernate.sql.ast.tree.select.QueryPart;
import org.hibernate.sql.ast.tree.select.QuerySpec;
import org.hibernate.sql.ast.tree.select.SortSpecification;

/**
 * {@code union [all]}, {@code intersect [all]} and {@code except [all]} of query specifications: each
 * branch is the pipeline of a select ({@link SubqueryPipeline}, projecting {@code c0…cn}) on its own
 * collection; the first runs on its collection and the others follow with {@code $unionWith} (MongoDB
 * 4.4; the embedded server does not know it). Then:
 * <ul>
 * <li>{@code union all}: the rows as they are;</li>
 * <li>{@code union}: one row per distinct row, {@code $group} on every column with
 *     {@code {$ifNull: [c, null]}}, so a missing value and a NULL are one value, as SQL's set operations
 *     treat NULLs as equal;</li>
 * <li>{@code intersect} / {@code except}: each branch marks its rows ({@code #b: i}), {@code $group}
 *     counts each distinct row per branch, and keeps the rows every branch has / only the first one has;
 *     with {@code all}, as many copies as the smallest count / the first count minus the others
 *     ({@code $range} and {@code $unwind});</li>
 * </ul>
 * then the group's ORDER BY (on selected columns, in MongoDB's NULL order) and OFFSET/FETCH. Nested set
 * operations with different operators are refused.
 */
final class SetOperations {

	private final TranslationContext context;
	private final QueryGroup group;
	private final Set<String> tables = new LinkedHashSet<>();

	SetOperations(TranslationContext context, QueryGroup group) {
		this.context = context;
		this.group = group;
	}

	/** The pipeline of the whole set operation, before the group's OFFSET/FETCH, on {@link #collection()}. */
	List<Stage> stages() {
		SetOperator operator = group.getSetOperator();
		List<QuerySpec> branches = new ArrayList<>();
		for ( QueryPart part : group.getQueryParts() ) {
			if ( !( part instanceof QuerySpec spec ) ) {
				throw context.refuse( "A set operation nested in another (" + operator.sqlString() + " of a parenthesized set operation)" );
			}
			branches.add( spec );
		}
		boolean marked = operator != SetOperator.UNION && operator != SetOperator.UNION_ALL;
		List<Stage> stages = new ArrayList<>();
		for ( int i = 0; i < branches.size(); i++ ) {
			SubqueryPipeline branch = SubqueryPipeline.of( context, null, branches.get( i ) );
			tables.addAll( branch.tables() );
			List<Stage> pipeline = new ArrayList<>( branch.stages() );
			if ( branch.emptyRow() != null ) {
				throw context.refuse( "A global aggregate (without GROUP BY) as a branch of " + operator.sqlString() );
			}
			if ( marked ) {
				pipeline.add( new Stage.AddFields( Map.of( "#b", ExpressionTranslator.constant( i ) ) ) );
			}
			if ( i == 0 ) {
				stages.addAll( pipeline );
			}
			else {
				stages.add( new Stage.UnionWith( branch.collection(), pipeline ) );
			}
		}
		int columns = MongoSelectTranslator.orderedSelections( branches.get( 0 ) ).size();
		switch ( operator ) {
			case UNION_ALL -> {
			}
			case UNION -> stages.addAll( distinct( columns, Map.of() ) );
			default -> stages.addAll( counted( operator, columns, branches.size() ) );
		}
		BsonDocument sort = sort( branches.get( 0 ) );
		if ( !sort.isEmpty() ) {
			stages.add( new Stage.Sort( sort ) );
		}
		return stages;
	}

	/** Every table the branches read (known once {@link #stages()} ran). */
	Set<String> tables() {
		return tables;
	}

	/** The collection the first branch reads, on which the command runs. */
	String collection() {
		return context.collection();
	}

	/** {@code $group} on every column, then the columns back from the key (and the {@code counts} as fields). */
	private static List<Stage> distinct(int columns, Map<String, Expression> counts) {
		Map<String, Expression> key = new LinkedHashMap<>();
		Map<String, Expression> output = new LinkedHashMap<>();
		for ( int i = 0; i < columns; i++ ) {
			key.put( "c" + i, new Operator( "$ifNull", new Field( "c" + i ), ExpressionTranslator.nullConstant() ) );
			output.put( "c" + i, new Field( "_id.c" + i ) );
		}
		counts.keySet().forEach( count -> output.put( count, new Field( count ) ) );
		return List.of( new Stage.Group( key, counts ), new Stage.Project( output ) );
	}

	/** INTERSECT and EXCEPT: the rows' count per branch decides how many copies remain. */
	private List<Stage> counted(SetOperator operator, int columns, int branches) {
		Map<String, Expression> counts = new LinkedHashMap<>();
		List<Expression> perBranch = new ArrayList<>();
		for ( int i = 0; i < branches; i++ ) {
			Expression mine = new Operator( "$cond", new Operator( "$eq", new Field( "#b" ), ExpressionTranslator.constant( i ) ),
					ExpressionTranslator.constant( 1 ), ExpressionTranslator.constant( 0 ) );
			counts.put( "#n" + i, new Expression.Accumulator( "$sum", mine ) );
			perBranch.add( new Field( "#n" + i ) );
		}
		List<Stage> stages = new ArrayList<>( distinct( columns, counts ) );
		Expression copies = switch ( operator ) {
			case INTERSECT -> new Operator( "$cond", new Operator( "$gt", new Operator( "$min", perBranch ), ExpressionTranslator.constant( 0 ) ),
					ExpressionTranslator.constant( 1 ), ExpressionTranslator.constant( 0 ) );
			case INTERSECT_ALL -> new Operator( "$min", perBranch );
			case EXCEPT -> new Operator( "$cond", new Operator( "$and",
					new Operator( "$gt", perBranch.get( 0 ), ExpressionTranslator.constant( 0 ) ),
					new Operator( "$eq", new Operator( "$add", perBranch.subList( 1, branches ) ), ExpressionTranslator.constant( 0 ) ) ),
					ExpressionTranslator.constant( 1 ), ExpressionTranslator.constant( 0 ) );
			case EXCEPT_ALL -> new Operator( "$subtract", perBranch.get( 0 ), new Operator( "$add", perBranch.subList( 1, branches ) ) );
			default -> throw new AssertionError( operator );
		};
		// one row per copy: an array of `copies` elements unwound (none for zero or fewer)
		Map<String, Expression> keep = new LinkedHashMap<>();
		for ( int i = 0; i < columns; i++ ) {
			keep.put( "c" + i, new Field( "c" + i ) );
		}
		keep.put( "#copies", new Operator( "$range", ExpressionTranslator.constant( 0 ), new Operator( "$max", copies, ExpressionTranslator.constant( 0 ) ) ) );
		stages.add( new Stage.Project( keep ) );
		stages.add( new Stage.UnwindLookup( "#copies", false ) );
		Map<String, Expression> output = new LinkedHashMap<>();
		for ( int i = 0; i < columns; i++ ) {
			output.put( "c" + i, new Field( "c" + i ) );
		}
		stages.add( new Stage.Project( output ) );
		return stages;
	}

	/** The group's ORDER BY, on the selected columns (by position or as the first branch selects them). */
	private BsonDocument sort(QuerySpec first) {
		BsonDocument sort = new BsonDocument();
		List<SqlSelection> selections = MongoSelectTranslator.orderedSelections( first );
		for ( SortSpecification specification : group.getSortSpecifications() == null ? List.<SortSpecification>of() : group.getSortSpecifications() ) {
			if ( !MongoSelectTranslator.isNaturalNullOrder( specification ) ) {
				throw context.refuse( "NULLS FIRST/LAST in the ORDER BY of a set operation" );
			}
			sort.append( "c" + column( specification, selections ), MongoSelectTranslator.direction( specification ) );
		}
		return sort;
	}

	private int column(SortSpecification specification, List<SqlSelection> selections) {
		if ( specification.getSortExpression() instanceof SqlSelectionExpression selection ) {
			return selection.getSelection().getValuesArrayPosition();
		}
		for ( int i = 0; i < selections.size(); i++ ) {
			if ( GroupingScope.sameExpression( selections.get( i ).getExpression(), specification.getSortExpression() ) ) {
				return i;
			}
		}
		throw context.refuse( "An ORDER BY of a set operation on an expression that is not selected" );
	}

	/** The command: {@link #stages()} with {@code skip} and {@code limit}, reading {@code c0…cn}. */
	MqlCommand command(Operand skip, Operand limit) {
		List<Stage> pipeline = new ArrayList<>( stages() );
		if ( skip != null ) {
			pipeline.add( new Stage.Skip( skip ) );
		}
		if ( limit != null ) {
			pipeline.add( new Stage.Limit( limit ) );
		}
		List<String> columns = new ArrayList<>();
		for ( int i = 0; i < MongoSelectTranslator.orderedSelections( group.getFirstQuerySpec() ).size(); i++ ) {
			columns.add( "c" + i );
		}
		return new MqlCommand.Aggregate( collection(), pipeline, new ResultColumns( columns ), null );
	}
}
