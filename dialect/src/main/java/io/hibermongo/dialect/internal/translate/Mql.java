package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Expression.Constant;
import io.hibermongo.dialect.internal.mql.Expression.Operator;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonDouble;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** Short builders for the aggregation expressions the function translations write. */
final class Mql {

	/** Milliseconds per day. */
	static final long DAY = 86_400_000L;

	private Mql() {
	}

	static Expression op(String name, Expression... arguments) {
		return new Operator( name, arguments );
	}

	static Expression cond(Expression test, Expression then, Expression otherwise) {
		return new Operator( "$cond", test, then, otherwise );
	}

	static Expression number(int value) {
		return ExpressionTranslator.constant( value );
	}

	static Expression number(long value) {
		return new Constant( new Operand.Literal( new BsonInt64( value ) ) );
	}

	static Expression number(double value) {
		return new Constant( new Operand.Literal( new BsonDouble( value ) ) );
	}

	static Expression string(String value) {
		return new Constant( new Operand.Literal( new BsonString( value ) ) );
	}

	static Expression nullValue() {
		return ExpressionTranslator.nullConstant();
	}

	/** TRUE when {@code value} is neither NULL nor missing. */
	static Expression notNull(Expression value) {
		return PredicateTranslator.nullTest( value, true );
	}

	/** <code>{$cond: [all values not null, body(values), null]}</code>: SQL's NULL in, NULL out. */
	static Expression nullSafe(List<Expression> values, Function<List<Expression>, Expression> body) {
		List<Expression> tests = new ArrayList<>();
		for ( Expression value : values ) {
			if ( !( value instanceof Constant constant && constant.operand() instanceof Operand.Literal literal && !literal.literal().isNull() ) ) {
				tests.add( notNull( value ) );
			}
		}
		if ( tests.isEmpty() ) {
			return body.apply( values );
		}
		Expression test = tests.size() == 1 ? tests.get( 0 ) : new Operator( "$and", tests );
		return cond( test, body.apply( values ), nullValue() );
	}

	static Expression nullSafe(Expression value, Function<Expression, Expression> body) {
		return nullSafe( List.of( value ), values -> body.apply( values.get( 0 ) ) );
	}

	/** <code>{$reduce: {input, initialValue, in}}</code>, {@code in} reading {@code $$value} and {@code $$this}. */
	static Expression reduce(Expression input, Expression initialValue, Expression in) {
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "input", input );
		arguments.put( "initialValue", initialValue );
		arguments.put( "in", in );
		return new Expression.NamedOperator( "$reduce", arguments );
	}

	/** <code>{$filter: {input, cond}}</code>, {@code cond} reading each element as {@code $$this}. */
	static Expression filter(Expression input, Expression cond) {
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "input", input );
		arguments.put( "cond", cond );
		return new Expression.NamedOperator( "$filter", arguments );
	}

	/** <code>{$map: {input, in}}</code>, {@code in} reading each element as {@code $$this}. */
	static Expression map(Expression input, Expression in) {
		Map<String, Expression> arguments = new LinkedHashMap<>();
		arguments.put( "input", input );
		arguments.put( "in", in );
		return new Expression.NamedOperator( "$map", arguments );
	}

	/** The array's non-null elements: <code>{$filter: {input, cond: {$gt: ["$$this", null]}}}</code>. */
	static Expression nonNullElements(Expression array) {
		return filter( array, notNull( element() ) );
	}

	static Expression value() {
		return new Expression.Variable( "value" );
	}

	static Expression element() {
		return new Expression.Variable( "this" );
	}

	/** {@code a mod b} with the sign of {@code b} (for b &gt; 0: 0 ≤ result &lt; b), unlike {@code $mod}. */
	static Expression floorMod(Expression a, Expression b) {
		return op( "$mod", op( "$add", op( "$mod", a, b ), b ), b );
	}

	/** The milliseconds since the epoch of a date. */
	static Expression millis(Expression date) {
		return op( "$toLong", date );
	}
}
