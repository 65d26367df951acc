package io.hibermongo.dialect.internal.mql;

import java.util.List;
import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * An aggregation expression, as used in {@code $expr}, {@code $project}, {@code $group} and pipeline
 * updates.
 */
public sealed interface Expression {

	BsonValue toBson(Values values);

	/** The value of a document field: {@code "$address.city"}. */
	record Field(String path) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			return new BsonString( "$" + path );
		}
	}

	/**
	 * An array of elements (SQL's {@code array(a, b)}): <code>{$literal: [a, b]}</code> when every element
	 * is a constant or parameter, <code>[a, b]</code> (each element evaluated) otherwise. The embedded test
	 * server evaluates no expressions inside an array, so constant arrays are written as one constant.
	 */
	record ArrayOf(List<Expression> elements) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			boolean constant = elements.stream().allMatch( Constant.class::isInstance );
			BsonArray array = new BsonArray( elements.size() );
			for ( Expression element : elements ) {
				array.add( constant ? values.of( ( (Constant) element ).operand() ) : element.toBson( values ) );
			}
			return constant ? new BsonDocument( "$literal", array ) : array;
		}
	}

	/** A variable bound by an {@link Iteration}: {@code "$$e"}. */
	record Variable(String name) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			return new BsonString( "$$" + name );
		}
	}

	/**
	 * An array operator that binds each element to a variable: <code>{$map: {input: a, as: "e", in: body}}</code>,
	 * <code>{$filter: {input: a, as: "e", cond: body}}</code>. The variable name comes from the translator,
	 * never from user data.
	 */
	record Iteration(String name, Expression input, String variable, String bodyKey, Expression body) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			BsonDocument args = new BsonDocument( "input", input.toBson( values ) )
					.append( "as", new BsonString( variable ) )
					.append( bodyKey, body.toBson( values ) );
			return new BsonDocument( name, args );
		}
	}

	/**
	 * A constant or parameter, always wrapped in {@code $literal} so that a user string such as
	 * {@code "$name"} stays a string instead of becoming a field path.
	 */
	record Constant(Operand operand) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			return new BsonDocument( "$literal", values.of( operand ) );
		}
	}

	/** An operator applied to arguments: <code>{$add: [a, b]}</code>. */
	record Operator(String name, List<Expression> arguments) implements Expression {
		public Operator(String name, Expression... arguments) {
			this( name, List.of( arguments ) );
		}

		@Override
		public BsonValue toBson(Values values) {
			BsonArray args = new BsonArray( arguments.size() );
			for ( Expression argument : arguments ) {
				args.add( argument.toBson( values ) );
			}
			return new BsonDocument( name, args );
		}
	}

	/** A {@code $group} accumulator, which takes one expression: <code>{$sum: x}</code>, not an array. */
	record Accumulator(String name, Expression argument) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			return new BsonDocument( name, argument.toBson( values ) );
		}
	}

	/** An operator taking named arguments: <code>{$regexMatch: {input: …, regex: …}}</code>. */
	record NamedOperator(String name, Map<String, Expression> arguments) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			BsonDocument args = new BsonDocument();
			arguments.forEach( (key, argument) -> args.append( key, argument.toBson( values ) ) );
			return new BsonDocument( name, args );
		}
	}

	/**
	 * The regular expression of a LIKE pattern, for {@code $regexMatch}: derived from the pattern's value
	 * when the command is written out ({@link LikePattern}), NULL for a NULL pattern. The statement text
	 * shows <code>{"$like": pattern, "escape": "!"}</code>, so the escape character is part of the
	 * command's identity: patterns with different escapes are different commands.
	 */
	record LikeRegex(Operand pattern, Character escape) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			if ( values.isTemplate() ) {
				return LikePattern.template( pattern, escape );
			}
			BsonValue value = values.of( pattern );
			return new BsonDocument( "$literal", value.isNull() ? BsonNull.VALUE
					: new BsonString( LikePattern.toRegex( value.asString().getValue(), escape ).getPattern() ) );
		}
	}
}
