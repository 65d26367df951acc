package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.Operand;
import io.hibermongo.dialect.internal.type.MongoTypes;
import org.bson.BsonBoolean;
import org.bson.BsonString;
import org.hibernate.query.sqm.ComparisonOperator;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.JdbcParameter;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.predicate.BetweenPredicate;
import org.hibernate.sql.ast.tree.predicate.BooleanExpressionPredicate;
import org.hibernate.sql.ast.tree.predicate.ComparisonPredicate;
import org.hibernate.sql.ast.tree.predicate.ExistsPredicate;
import org.hibernate.sql.ast.tree.predicate.GroupedPredicate;
import org.hibernate.sql.ast.tree.predicate.InArrayPredicate;
import org.hibernate.sql.ast.tree.predicate.InListPredicate;
import org.hibernate.sql.ast.tree.predicate.InSubQueryPredicate;
import org.hibernate.sql.ast.tree.predicate.Junction;
import org.hibernate.sql.ast.tree.predicate.LikePredicate;
import org.hibernate.sql.ast.tree.predicate.NegatedPredicate;
import org.hibernate.sql.ast.tree.predicate.NullnessPredicate;
import org.hibernate.sql.ast.tree.predicate.Predicate;
import org.hibernate.sql.ast.tree.predicate.SelfRenderingPredicate;
import org.hibernate.sql.ast.tree.predicate.ThruthnessPredicate;
import org.hibernate.sql.ast.tree.select.SelectStatement;

/**
 * Translates SQL predicates so that a row matches exactly when SQL's predicate is TRUE.
 * <p>
 * NOT is pushed down to the leaves ({@code negated}), because under three-valued logic NOT(p) is TRUE
 * only where p is FALSE, not where p is FALSE or UNKNOWN. A leaf comparing a column with a value becomes
 * a query operator ({@link Filter}); anything else becomes {@code $expr} whose boolean is TRUE only when
 * every operand is neither NULL nor missing.
 */
final class PredicateTranslator {

	private final TranslationContext context;
	private final ExpressionTranslator expressions;

	PredicateTranslator(TranslationContext context, ExpressionTranslator expressions) {
		this.context = context;
		this.expressions = expressions;
	}

	Filter toFilter(Predicate predicate, boolean negated) {
		if ( predicate == null ) {
			return new Filter.Constant( true );
		}
		if ( predicate instanceof Junction junction ) {
			List<Filter> parts = new ArrayList<>();
			for ( Predicate part : junction.getPredicates() ) {
				parts.add( toFilter( part, negated ) );
			}
			boolean conjunction = ( junction.getNature() == Junction.Nature.CONJUNCTION ) != negated;
			return conjunction ? new Filter.And( parts ) : new Filter.Or( parts );
		}
		if ( predicate instanceof NegatedPredicate not ) {
			return toFilter( not.getPredicate(), !negated );
		}
		if ( predicate instanceof GroupedPredicate grouped ) {
			return toFilter( grouped.getSubPredicate(), negated );
		}
		if ( predicate instanceof ComparisonPredicate comparison ) {
			return comparisonFilter( comparison, negated );
		}
		if ( predicate instanceof ExistsPredicate exists && new ElementSubqueries( context ).ownElementsReadBy( exists.getExpression() ) != null ) {
			return new ElementSubqueries( context ).exists( exists, negated );
		}
		if ( predicate instanceof InListPredicate in ) {
			return inFilter( in, negated != in.isNegated() );
		}
		if ( predicate instanceof InArrayPredicate in ) {
			return inArrayFilter( in, negated );
		}
		if ( predicate instanceof BetweenPredicate between ) {
			return toFilter( betweenAsJunction( between ), negated );
		}
		if ( predicate instanceof NullnessPredicate nullness ) {
			return nullnessFilter( nullness, negated );
		}
		if ( predicate instanceof LikePredicate like && isFieldAndValue( like ) ) {
			return likeFilter( like, negated != like.isNegated() );
		}
		if ( predicate instanceof BooleanExpressionPredicate bool && SqlExpressions.unwrap( bool.getExpression() ) instanceof ColumnReference column ) {
			return new Filter.Comparison( context.path( column ),
					negated != bool.isNegated() ? Filter.Operator.NE : Filter.Operator.EQ, booleanOperand( true ) );
		}
		if ( predicate instanceof ThruthnessPredicate truth && SqlExpressions.unwrap( truth.getExpression() ) instanceof ColumnReference column ) {
			return truthFilter( context.path( column ), truth, negated );
		}
		if ( predicate instanceof SelfRenderingPredicate function ) {
			return new Filter.Expr( toExpression( function, negated ) );
		}
		return new Filter.Expr( toExpression( predicate, negated ) );
	}

	private Filter comparisonFilter(ComparisonPredicate comparison, boolean negated) {
		context.refuseReference( left( comparison ), "Comparing" );
		context.refuseReference( right( comparison ), "Comparing" );
		if ( left( comparison ) instanceof SqlTuple left
				&& right( comparison ) instanceof SqlTuple right ) {
			return toFilter( tupleAsJunction( comparison, left, right ), negated );
		}
		Filter.Operator operator = operator( comparison.getOperator() );
		if ( negated ) {
			operator = operator.negated();
		}
		if ( ArrayPredicates.isArray( left( comparison ) ) || ArrayPredicates.isArray( right( comparison ) ) ) {
			return new Filter.Expr( toExpression( comparison, negated ) );
		}
		if ( left( comparison ) instanceof ColumnReference column && isValue( right( comparison ) ) ) {
			return new Filter.Comparison( context.path( column ), operator, operand( right( comparison ) ) );
		}
		if ( right( comparison ) instanceof ColumnReference column && isValue( left( comparison ) ) ) {
			Operand value = operand( left( comparison ) );
			return new Filter.Comparison( context.path( column ), operator.mirrored(), value );
		}
		return new Filter.Expr( toExpression( comparison, negated ) );
	}

	private Filter inFilter(InListPredicate in, boolean negated) {
		context.refuseReference( in.getTestExpression(), "IN on" );
		if ( in.getListExpressions().isEmpty() ) {
			// Hibernate's own meaning of an empty list: 1=0, or 1=1 for NOT IN, whatever the column holds
			return new Filter.Constant( negated );
		}
		if ( SqlExpressions.unwrap( in.getTestExpression() ) instanceof ColumnReference column && in.getListExpressions().stream().allMatch( PredicateTranslator::isValue ) ) {
			List<Operand> operands = new ArrayList<>();
			for ( var item : in.getListExpressions() ) {
				operands.add( operand( item ) );
			}
			return new Filter.In( context.path( column ), operands, negated );
		}
		return new Filter.Expr( toExpression( in, negated != in.isNegated() ) );
	}

	/** All keys of a multi-key load as one array parameter: <code>{field: {$in: array}}</code>. */
	private Filter inArrayFilter(InArrayPredicate in, boolean negated) {
		context.refuseReference( in.getTestExpression(), "IN on" );
		if ( !( SqlExpressions.unwrap( in.getTestExpression() ) instanceof ColumnReference column ) ) {
			throw context.refuse( "IN with an array parameter on a computed value" );
		}
		return new Filter.InArray( context.path( column ), context.parameter( in.getArrayParameter() ), negated );
	}

	/**
	 * An embeddable is NULL when all its columns are; {@code is not null} holds when any column is not. A
	 * JSON value tests its whole value in {@code $expr}, since <code>{f: null}</code> also matches a JSON
	 * array holding a NULL element.
	 */
	private Filter nullnessFilter(NullnessPredicate nullness, boolean negated) {
		boolean notNull = negated != nullness.isNegated();
		if ( SqlExpressions.unwrap( nullness.getExpression() ) instanceof SqlTuple tuple ) {
			List<Filter> parts = new ArrayList<>();
			for ( var part : tuple.getExpressions() ) {
				parts.add( nullnessFilter( new NullnessPredicate( part ), notNull ) );
			}
			return notNull ? new Filter.Or( parts ) : new Filter.And( parts );
		}
		if ( SqlExpressions.unwrap( nullness.getExpression() ) instanceof ColumnReference column
				&& !MongoTypes.isJson( column.getJdbcMapping().getJdbcType() ) ) {
			return ArrayPredicates.isArray( column )
					? new Filter.ArrayNullness( context.path( column ), notNull )
					: new Filter.Nullness( context.path( column ), notNull );
		}
		return new Filter.Expr( nullTest( expressions.translate( SqlExpressions.unwrap( nullness.getExpression() ) ), notNull ) );
	}

	private Filter likeFilter(LikePredicate like, boolean negated) {
		context.refuseReference( like.getMatchExpression(), "LIKE on" );
		if ( !like.isCaseSensitive() ) {
			throw context.refuse( "ILIKE (case-insensitive LIKE)" );
		}
		return new Filter.Like( context.path( (ColumnReference) SqlExpressions.unwrap( like.getMatchExpression() ) ), operand( like.getPattern() ),
				escapeCharacter( like ), negated );
	}

	private Filter truthFilter(String path, ThruthnessPredicate truth, boolean negated) {
		// "x is true" is never UNKNOWN: it is FALSE for NULL, so its negation includes NULL
		boolean not = negated != truth.isNegated();
		Operand value = booleanOperand( truth.getBooleanValue() );
		if ( not ) {
			return new Filter.Expr( new Operator( "$ne", new Expression.Field( path ), new Constant( value ) ) );
		}
		return new Filter.Comparison( path, Filter.Operator.EQ, value );
	}

	/** The aggregation boolean that is TRUE exactly when the predicate (or, if negated, its negation) is TRUE. */
	Expression toExpression(Predicate predicate, boolean negated) {
		if ( predicate instanceof Junction junction ) {
			List<Expression> parts = new ArrayList<>();
			for ( Predicate part : junction.getPredicates() ) {
				parts.add( toExpression( part, negated ) );
			}
			if ( parts.isEmpty() ) {
				return new Constant( booleanOperand( !negated ) );
			}
			boolean conjunction = ( junction.getNature() == Junction.Nature.CONJUNCTION ) != negated;
			return new Operator( conjunction ? "$and" : "$or", parts );
		}
		if ( predicate instanceof NegatedPredicate not ) {
			return toExpression( not.getPredicate(), !negated );
		}
		if ( predicate instanceof GroupedPredicate grouped ) {
			return toExpression( grouped.getSubPredicate(), negated );
		}
		if ( predicate instanceof ComparisonPredicate comparison ) {
			if ( left( comparison ) instanceof SqlTuple left
					&& right( comparison ) instanceof SqlTuple right ) {
				return toExpression( tupleAsJunction( comparison, left, right ), negated );
			}
			if ( Subqueries.isQuantified( right( comparison ) ) ) {
				return new Subqueries( expressions ).quantified( left( comparison ), operator( comparison.getOperator() ), right( comparison ), negated );
			}
			if ( Subqueries.isQuantified( left( comparison ) ) ) {
				return new Subqueries( expressions ).quantified( right( comparison ), operator( comparison.getOperator() ).mirrored(), left( comparison ), negated );
			}
			Filter.Operator operator = negated ? operator( comparison.getOperator() ).negated() : operator( comparison.getOperator() );
			if ( ArrayPredicates.isArray( left( comparison ) ) || ArrayPredicates.isArray( right( comparison ) ) ) {
				return ArrayPredicates.comparison( expressions.translate( left( comparison ) ), operator,
						expressions.translate( right( comparison ) ), context );
			}
			return comparison( expressions.translate( left( comparison ) ), operator, expressions.translate( right( comparison ) ) );
		}
		if ( predicate instanceof InListPredicate in && in.getListExpressions().size() == 1
				&& SqlExpressions.unwrap( in.getListExpressions().get( 0 ) ) instanceof SelectStatement subquery ) {
			// Criteria's path.in(subquery) is an IN list holding the subquery, which SQL reads as IN (subquery)
			return new Subqueries( expressions ).in( new InSubQueryPredicate( in.getTestExpression(), subquery, in.isNegated(), null ), negated );
		}
		if ( predicate instanceof InListPredicate in ) {
			boolean not = negated != in.isNegated();
			if ( in.getListExpressions().isEmpty() ) {
				return new Constant( booleanOperand( not ) );
			}
			Junction junction = new Junction( not ? Junction.Nature.CONJUNCTION : Junction.Nature.DISJUNCTION );
			for ( var item : in.getListExpressions() ) {
				junction.add( new ComparisonPredicate( SqlExpressions.unwrap( in.getTestExpression() ),
						not ? ComparisonOperator.NOT_EQUAL : ComparisonOperator.EQUAL, item ) );
			}
			return toExpression( junction, false );
		}
		if ( predicate instanceof BetweenPredicate between ) {
			return toExpression( betweenAsJunction( between ), negated );
		}
		if ( predicate instanceof NullnessPredicate nullness ) {
			boolean notNull = negated != nullness.isNegated();
			if ( SqlExpressions.unwrap( nullness.getExpression() ) instanceof SqlTuple tuple ) {
				List<Expression> parts = new ArrayList<>();
				for ( var part : tuple.getExpressions() ) {
					parts.add( nullTest( expressions.translate( part ), notNull ) );
				}
				return new Operator( notNull ? "$or" : "$and", parts );
			}
			return nullTest( expressions.translate( SqlExpressions.unwrap( nullness.getExpression() ) ), notNull );
		}
		if ( predicate instanceof BooleanExpressionPredicate bool ) {
			Expression value = expressions.translate( SqlExpressions.unwrap( bool.getExpression() ) );
			return comparison( value, negated != bool.isNegated() ? Filter.Operator.NE : Filter.Operator.EQ,
					new Constant( booleanOperand( true ) ) );
		}
		if ( predicate instanceof ThruthnessPredicate truth ) {
			Expression value = expressions.translate( SqlExpressions.unwrap( truth.getExpression() ) );
			boolean not = negated != truth.isNegated();
			return new Operator( not ? "$ne" : "$eq", value, new Constant( booleanOperand( truth.getBooleanValue() ) ) );
		}
		if ( predicate instanceof LikePredicate like ) {
			return likeExpression( like, negated != like.isNegated() );
		}
		if ( predicate instanceof ExistsPredicate exists ) {
			return new Subqueries( expressions ).exists( exists, negated );
		}
		if ( predicate instanceof InSubQueryPredicate in ) {
			return new Subqueries( expressions ).in( in, negated );
		}
		if ( predicate instanceof SelfRenderingPredicate function ) {
			// a boolean function used as a condition (array_contains(…)): TRUE only where it is TRUE
			Expression value = expressions.translate( function.getSelfRenderingExpression() );
			return comparison( value, negated ? Filter.Operator.NE : Filter.Operator.EQ, new Constant( booleanOperand( true ) ) );
		}
		throw context.refuse( "The predicate " + AbstractMongoTranslator.describe( predicate ) );
	}

	/**
	 * {@code a op b} is TRUE when both are neither NULL nor missing and the comparison holds:
	 * <code>{$and: [{$gt: [a, null]}, {$gt: [b, null]}, {$op: [a, b]}]}</code> (every non-null value sorts
	 * above null in BSON order). An equality needs one of the two tests: a non-null {@code a} equal to
	 * {@code b} makes {@code b} non-null, and per row (a correlated subquery tests it per document read) one
	 * operator less counts.
	 */
	static Expression comparison(Expression left, Filter.Operator operator, Expression right) {
		List<Expression> parts = new ArrayList<>( 3 );
		addNotNull( left, parts );
		if ( operator != Filter.Operator.EQ || parts.isEmpty() ) {
			// an equality with a value that is not NULL holds only where the other value is not NULL either
			addNotNull( right, parts );
		}
		parts.add( new Operator( operator.mql, left, right ) );
		return parts.size() == 1 ? parts.get( 0 ) : new Operator( "$and", parts );
	}

	private static void addNotNull(Expression expression, List<Expression> parts) {
		if ( expression instanceof Constant constant && constant.operand() instanceof Operand.Literal literal && !literal.literal().isNull() ) {
			return;
		}
		parts.add( nullTest( expression, true ) );
	}

	static Expression nullTest(Expression expression, boolean notNull) {
		Expression isNotNull = new Operator( "$gt", expression, ExpressionTranslator.nullConstant() );
		return notNull ? isNotNull : new Operator( "$not", isNotNull );
	}

	/** LIKE on a computed value: {@code $regexMatch} (MongoDB 4.2+), the regex derived from the bound pattern. */
	private Expression likeExpression(LikePredicate like, boolean negated) {
		if ( !like.isCaseSensitive() ) {
			throw context.refuse( "ILIKE (case-insensitive LIKE)" );
		}
		Expression input = expressions.translate( SqlExpressions.unwrap( like.getMatchExpression() ) );
		if ( !isValue( like.getPattern() ) ) {
			throw context.refuse( "LIKE with a computed pattern" );
		}
		Operand pattern = operand( like.getPattern() );
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "input", input );
		arguments.put( "regex", new Expression.LikeRegex( pattern, escapeCharacter( like ) ) );
		arguments.put( "options", new Constant( new Operand.Literal( new BsonString( "s" ) ) ) );
		Expression match = new Expression.NamedOperator( "$regexMatch", arguments );
		List<Expression> parts = new ArrayList<>();
		parts.add( nullTest( input, true ) );
		parts.add( nullTest( new Constant( pattern ), true ) );
		parts.add( negated ? new Operator( "$not", match ) : match );
		return new Operator( "$and", parts );
	}

	private Character escapeCharacter(LikePredicate like) {
		if ( like.getEscapeCharacter() == null ) {
			return null;
		}
		if ( like.getEscapeCharacter() instanceof Literal literal && literal.getLiteralValue() != null ) {
			String escape = literal.getLiteralValue().toString();
			if ( escape.length() != 1 ) {
				throw new IllegalArgumentException( "LIKE escape must be a single character, not '" + escape + "'" );
			}
			return escape.charAt( 0 );
		}
		throw context.refuse( "LIKE with an ESCAPE character given as a parameter" );
	}

	private static Predicate betweenAsJunction(BetweenPredicate between) {
		Junction junction = new Junction( Junction.Nature.CONJUNCTION );
		junction.add( new ComparisonPredicate( between.getExpression(), ComparisonOperator.GREATER_THAN_OR_EQUAL, between.getLowerBound() ) );
		junction.add( new ComparisonPredicate( between.getExpression(), ComparisonOperator.LESS_THAN_OR_EQUAL, between.getUpperBound() ) );
		return between.isNegated() ? new NegatedPredicate( junction ) : junction;
	}

	private Predicate tupleAsJunction(ComparisonPredicate comparison, SqlTuple left, SqlTuple right) {
		ComparisonOperator operator = comparison.getOperator();
		if ( operator != ComparisonOperator.EQUAL && operator != ComparisonOperator.NOT_EQUAL
				|| left.getExpressions().size() != right.getExpressions().size() ) {
			throw context.refuse( "Tuple comparison with " + operator.sqlText() );
		}
		Junction junction = new Junction( operator == ComparisonOperator.EQUAL ? Junction.Nature.CONJUNCTION : Junction.Nature.DISJUNCTION );
		for ( int i = 0; i < left.getExpressions().size(); i++ ) {
			junction.add( new ComparisonPredicate( left.getExpressions().get( i ), operator, right.getExpressions().get( i ) ) );
		}
		return junction;
	}

	private boolean isFieldAndValue(LikePredicate like) {
		return SqlExpressions.unwrap( like.getMatchExpression() ) instanceof ColumnReference && isValue( like.getPattern() );
	}

	static boolean isValue(org.hibernate.sql.ast.tree.expression.Expression expression) {
		var unwrapped = SqlExpressions.unwrap( expression );
		return unwrapped instanceof JdbcParameter || unwrapped instanceof Literal;
	}

	private static org.hibernate.sql.ast.tree.expression.Expression left(ComparisonPredicate comparison) {
		return SqlExpressions.unwrap( comparison.getLeftHandExpression() );
	}

	private static org.hibernate.sql.ast.tree.expression.Expression right(ComparisonPredicate comparison) {
		return SqlExpressions.unwrap( comparison.getRightHandExpression() );
	}

	private Operand operand(org.hibernate.sql.ast.tree.expression.Expression expression) {
		var unwrapped = SqlExpressions.unwrap( expression );
		return unwrapped instanceof JdbcParameter parameter ? context.parameter( parameter ) : context.literal( (Literal) unwrapped );
	}

	private static Operand booleanOperand(boolean value) {
		return new Operand.Literal( BsonBoolean.valueOf( value ) );
	}

	private Filter.Operator operator(ComparisonOperator operator) {
		return switch ( operator ) {
			case EQUAL -> Filter.Operator.EQ;
			case NOT_EQUAL -> Filter.Operator.NE;
			case LESS_THAN -> Filter.Operator.LT;
			case LESS_THAN_OR_EQUAL -> Filter.Operator.LTE;
			case GREATER_THAN -> Filter.Operator.GT;
			case GREATER_THAN_OR_EQUAL -> Filter.Operator.GTE;
			default -> throw context.refuse( "The comparison operator " + operator.sqlText() );
		};
	}

}
