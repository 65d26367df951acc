package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Field;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.hibernate.metamodel.mapping.JdbcMappingContainer;
import org.hibernate.query.sqm.function.SelfRenderingFunctionSqlAstExpression;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.BinaryArithmeticExpression;
import org.hibernate.sql.ast.tree.expression.CaseSearchedExpression;
import org.hibernate.sql.ast.tree.expression.CaseSimpleExpression;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Over;
import org.hibernate.sql.ast.tree.expression.JdbcParameter;
import org.hibernate.sql.ast.tree.expression.Literal;
import org.hibernate.sql.ast.tree.expression.SqlTuple;
import org.hibernate.sql.ast.tree.select.SelectStatement;
import org.hibernate.sql.ast.tree.expression.UnaryOperation;

/**
 * Translates SQL AST expressions into aggregation expressions with SQL's NULL semantics: every
 * operator MongoDB uses here yields null when an operand is null or missing, as SQL does.
 * <p>
 * An expression after grouping is read from the {@code $group} output: a {@link GroupScope} answers
 * for grouping keys and aggregate functions.
 */
final class ExpressionTranslator {

	/** What an expression means after {@code $group}; {@link #NONE} before grouping. */
	interface GroupScope {
		GroupScope NONE = expression -> null;

		/** The group output holding {@code expression}, or null if it is not a key or an aggregate. */
		Expression resolve(org.hibernate.sql.ast.tree.expression.Expression expression);
	}

	private final TranslationContext context;
	private final GroupScope scope;
	private final FunctionTranslator functions;
	private PredicateTranslator predicates;

	ExpressionTranslator(TranslationContext context, GroupScope scope) {
		this.context = context;
		this.scope = scope;
		this.functions = new FunctionTranslator( this, context );
	}

	TranslationContext context() {
		return context;
	}

	PredicateTranslator predicates() {
		if ( predicates == null ) {
			predicates = new PredicateTranslator( context, this );
		}
		return predicates;
	}

	/** Each of {@code arguments} translated, in order. */
	List<Expression> translateAll(List<? extends SqlAstNode> arguments) {
		List<Expression> translated = new ArrayList<>( arguments.size() );
		for ( SqlAstNode argument : arguments ) {
			translated.add( translate( argument ) );
		}
		return translated;
	}

	Expression translate(SqlAstNode astNode) {
		SqlAstNode node = astNode instanceof org.hibernate.sql.ast.tree.expression.Expression expression
				? SqlExpressions.unwrap( expression ) : astNode;
		if ( node instanceof org.hibernate.sql.ast.tree.expression.Expression expression ) {
			Expression grouped = scope.resolve( expression );
			if ( grouped != null ) {
				return grouped;
			}
		}
		if ( node instanceof ColumnReference column ) {
			if ( scope != GroupScope.NONE ) {
				throw context.refuse( "Column '" + column.getColumnExpression() + "' outside GROUP BY and aggregate functions" );
			}
			return new Field( context.path( column ) );
		}
		if ( node instanceof JdbcParameter parameter ) {
			return new Constant( context.parameter( parameter ) );
		}
		if ( node instanceof Literal literal ) {
			return new Constant( context.literal( literal ) );
		}
		if ( node instanceof BinaryArithmeticExpression arithmetic ) {
			return arithmetic( arithmetic );
		}
		if ( node instanceof UnaryOperation unary ) {
			Expression operand = translate( unary.getOperand() );
			return switch ( unary.getOperator() ) {
				case UNARY_PLUS -> operand;
				case UNARY_MINUS -> new Operator( "$multiply", constant( -1 ), operand );
			};
		}
		if ( node instanceof org.hibernate.sql.ast.tree.expression.Duration duration ) {
			return new TemporalFunctions( this, context ).duration( duration );
		}
		if ( node instanceof CaseSearchedExpression caseSearched ) {
			return caseSearched( caseSearched );
		}
		if ( node instanceof CaseSimpleExpression caseSimple ) {
			return caseSimple( caseSimple );
		}
		if ( node instanceof SelfRenderingFunctionSqlAstExpression<?> function ) {
			return functions.translate( function );
		}
		if ( node instanceof SelectStatement subquery && new ElementSubqueries( context ).ownElementsReadBy( subquery ) != null ) {
			return new ElementSubqueries( context ).scalar( subquery );
		}
		if ( node instanceof SelectStatement subquery ) {
			return new Subqueries( this ).scalar( subquery );
		}
		if ( node instanceof Over<?> over ) {
			return context.windows().translate( over, this );
		}
		if ( node instanceof SqlTuple tuple && tuple.getExpressions().size() == 1 ) {
			return translate( tuple.getExpressions().get( 0 ) );
		}
		throw context.refuse( "The expression " + AbstractMongoTranslator.describe( node ) );
	}

	/**
	 * {@code a / b} on integral types truncates toward zero as SQL does ({@code 7/2 = 3}):
	 * <code>{$trunc: {$divide: [a, b]}}</code>; {@code mod} keeps the dividend's sign, as {@code $mod} does.
	 */
	private Expression arithmetic(BinaryArithmeticExpression arithmetic) {
		Expression left = translate( arithmetic.getLeftHandOperand() );
		Expression right = translate( arithmetic.getRightHandOperand() );
		return switch ( arithmetic.getOperator() ) {
			case ADD -> new Operator( "$add", left, right );
			case SUBTRACT -> new Operator( "$subtract", left, right );
			case MULTIPLY -> new Operator( "$multiply", left, right );
			case MODULO -> new Operator( "$mod", left, right );
			case QUOT -> new Operator( "$trunc", new Operator( "$divide", left, right ) );
			case DIVIDE, DIVIDE_PORTABLE -> isIntegral( arithmetic.getExpressionType() )
					? new Operator( "$trunc", new Operator( "$divide", left, right ) )
					: new Operator( "$divide", left, right );
		};
	}

	static boolean isIntegral(JdbcMappingContainer type) {
		if ( type == null || type.getJdbcTypeCount() != 1 ) {
			return false;
		}
		return type.getSingleJdbcMapping().getJdbcType().isInteger();
	}

	/** {@code case when p then r … else e end} as nested {@code $cond}, each test TRUE only when SQL's is. */
	private Expression caseSearched(CaseSearchedExpression expression) {
		Expression result = expression.getOtherwise() == null ? nullConstant() : translate( expression.getOtherwise() );
		List<CaseSearchedExpression.WhenFragment> whens = expression.getWhenFragments();
		for ( int i = whens.size() - 1; i >= 0; i-- ) {
			CaseSearchedExpression.WhenFragment when = whens.get( i );
			result = new Operator( "$cond", predicates().toExpression( when.getPredicate(), false ),
					translate( when.getResult() ), result );
		}
		return result;
	}

	private Expression caseSimple(CaseSimpleExpression expression) {
		Expression fixture = translate( expression.getFixture() );
		Expression result = expression.getOtherwise() == null ? nullConstant() : translate( expression.getOtherwise() );
		List<CaseSimpleExpression.WhenFragment> whens = expression.getWhenFragments();
		List<Expression> tests = new ArrayList<>();
		for ( CaseSimpleExpression.WhenFragment when : whens ) {
			tests.add( PredicateTranslator.comparison( fixture, io.hibermongo.dialect.internal.mql.Filter.Operator.EQ,
					translate( when.getCheckValue() ) ) );
		}
		for ( int i = whens.size() - 1; i >= 0; i-- ) {
			result = new Operator( "$cond", tests.get( i ), translate( whens.get( i ).getResult() ), result );
		}
		return result;
	}

	static Expression constant(int value) {
		return new Constant( new Operand.Literal( new BsonInt32( value ) ) );
	}

	static Expression nullConstant() {
		return new Constant( new Operand.Literal( BsonNull.VALUE ) );
	}
}
