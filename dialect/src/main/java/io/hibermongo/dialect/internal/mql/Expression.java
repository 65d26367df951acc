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

	/** A variable bound by an {@link Iteration} or by {@code $reduce} ({@code $$this}, {@code $$value}): {@code "$$e"}. */
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
	 * A constant written as itself, not wrapped in {@code $literal}, for operator options MongoDB requires
	 * as plain values (the {@code format} of {@code $dateToString}). Only the translator's own constants go
	 * here, never a user's value.
	 */
	record Option(BsonValue value) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			return value;
		}
	}

	/** A computed document: <code>{k0: a, k1: b}</code>. */
	record Document(Map<String, Expression> fields) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			BsonDocument document = new BsonDocument();
			fields.forEach( (name, field) -> document.append( name, field.toBson( values ) ) );
			return document;
		}
	}

	/**
	 * The accumulator values {@code $group} gives a group of no documents, for the SQL row of a global
	 * aggregate over no rows: 0 for <code>{$sum: …}</code>, an empty array for {@code $push} and
	 * {@code $addToSet}, null for the others. It reads {@code accumulators} when written out, so
	 * accumulators added after it was created are included.
	 */
	record EmptyGroup(Map<String, Expression> accumulators) implements Expression {
		@Override
		public BsonValue toBson(Values values) {
			BsonDocument row = new BsonDocument();
			accumulators.forEach( (name, accumulator) -> {
				String operator = accumulator instanceof Accumulator a ? a.name() : "";
				row.append( name, switch ( operator ) {
					case "$sum" -> new org.bson.BsonInt32( 0 );
					case "$push", "$addToSet" -> new BsonArray();
					default -> BsonNull.VALUE;
				} );
			} );
			return new BsonDocument( "$literal", row );
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
