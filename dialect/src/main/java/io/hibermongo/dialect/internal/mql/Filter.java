package io.hibermongo.dialect.internal.mql;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * A query filter in MongoDB's query language, each node matching exactly the rows for which the SQL
 * predicate it came from is TRUE. NULL and missing fields never satisfy a comparison, so three-valued
 * logic holds: the translator pushes NOT down to the leaves and each leaf knows its negated form.
 * <p>
 * A parameter bound to NULL makes a comparison UNKNOWN, which matches nothing; that is decided when the
 * command is written out for one execution, from the bound value, never from its content.
 */
public sealed interface Filter {

	/** Matches every document. */
	BsonDocument EVERYTHING = new BsonDocument();

	/** Matches no document: every document has an {@code _id}. */
	BsonDocument NOTHING = new BsonDocument( "_id", new BsonDocument( "$exists", BsonBoolean.FALSE ) );

	BsonDocument toBson(Values values);

	enum Operator {
		EQ( "$eq" ), NE( "$ne" ), LT( "$lt" ), LTE( "$lte" ), GT( "$gt" ), GTE( "$gte" );

		public final String mql;

		Operator(String mql) {
			this.mql = mql;
		}

		public Operator negated() {
			return switch ( this ) {
				case EQ -> NE;
				case NE -> EQ;
				case LT -> GTE;
				case LTE -> GT;
				case GT -> LTE;
				case GTE -> LT;
			};
		}

		/** The operator with its operands swapped: {@code 5 < x} is {@code x > 5}. */
		public Operator mirrored() {
			return switch ( this ) {
				case EQ, NE -> this;
				case LT -> GT;
				case LTE -> GTE;
				case GT -> LT;
				case GTE -> LTE;
			};
		}
	}

	/**
	 * {@code field op value}. {@code x = v} becomes <code>{x: v}</code> (the plain form, which both real
	 * MongoDB and the embedded server use an index for); {@code x <> v} becomes
	 * <code>{x: {$nin: [v, null]}}</code> because SQL excludes NULL; ordering comparisons exclude NULL by
	 * MongoDB's type bracketing already.
	 */
	record Comparison(String path, Operator operator, Operand operand) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			if ( values.isNull( operand ) ) {
				return NOTHING;
			}
			BsonValue value = values.of( operand );
			return switch ( operator ) {
				case EQ -> new BsonDocument( path, value );
				case NE -> new BsonDocument( path, new BsonDocument( "$nin", new BsonArray( List.of( value, BsonNull.VALUE ) ) ) );
				default -> new BsonDocument( path, new BsonDocument( operator.mql, value ) );
			};
		}
	}

	/**
	 * {@code field [not] in (…)}. NULL list elements never match; {@code not in} with a NULL element is
	 * never TRUE in SQL, so it matches nothing.
	 */
	record In(String path, List<Operand> operands, boolean negated) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			BsonArray list = new BsonArray();
			for ( Operand operand : operands ) {
				if ( values.isNull( operand ) ) {
					if ( negated ) {
						return NOTHING;
					}
				}
				else {
					list.add( values.of( operand ) );
				}
			}
			if ( negated ) {
				list.add( BsonNull.VALUE );
				return new BsonDocument( path, new BsonDocument( "$nin", list ) );
			}
			return list.isEmpty() ? NOTHING : new BsonDocument( path, new BsonDocument( "$in", list ) );
		}
	}

	/**
	 * {@code field [not] in} the elements of one array parameter, as Hibernate's loaders of several keys
	 * bind them: the rule of {@link In} over the bound array's elements, so that loads of any number of keys
	 * are one command. A NULL array matches nothing. Shown as <code>{field: {$in: {"$param": n}}}</code>.
	 */
	record InArray(String path, Operand array, boolean negated) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			BsonValue bound = values.of( array );
			if ( values.isTemplate() ) {
				return new BsonDocument( path, new BsonDocument( negated ? "$nin" : "$in", bound ) );
			}
			if ( bound.isNull() ) {
				return NOTHING;
			}
			List<Operand> elements = new ArrayList<>();
			for ( BsonValue element : bound.asArray() ) {
				elements.add( new Operand.Literal( element ) );
			}
			return new In( path, elements, negated ).toBson( values );
		}
	}

	/** {@code field [not] like pattern [escape c]}, as an anchored, fully quoted regular expression. */
	record Like(String path, Operand pattern, Character escape, boolean negated) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			if ( values.isNull( pattern ) ) {
				return NOTHING;
			}
			BsonValue regex = values.isTemplate()
					? LikePattern.template( pattern, escape )
					: LikePattern.toRegex( values.of( pattern ).asString().getValue(), escape );
			if ( negated ) {
				return new BsonDocument( path, new BsonDocument( "$not", regex ).append( "$ne", BsonNull.VALUE ) );
			}
			return new BsonDocument( path, regex instanceof BsonRegularExpression ? regex : new BsonDocument( "$regex", regex ) );
		}
	}

	/** {@code field is [not] null}: missing fields count as NULL. */
	record Nullness(String path, boolean negated) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( path, negated ? new BsonDocument( "$ne", BsonNull.VALUE ) : BsonNull.VALUE );
		}
	}

	/**
	 * {@code is [not] null} on one of Hibernate's basic arrays: <code>{f: {$not: {$type: "array"}}}</code>
	 * (or <code>{f: {$type: "array"}}</code>), because <code>{f: null}</code> also matches an array that
	 * holds a NULL element. The field holds an array or nothing (a NULL array is not stored).
	 */
	record ArrayNullness(String path, boolean negated) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument isArray = new BsonDocument( "$type", new BsonString( "array" ) );
			return new BsonDocument( path, negated ? isArray : new BsonDocument( "$not", isArray ) );
		}
	}

	/** A predicate over computed values: <code>{$expr: …}</code>, the expression TRUE exactly when SQL's is. */
	record Expr(Expression expression) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$expr", expression.toBson( values ) );
		}
	}

	/** TRUE or FALSE for every row (e.g. {@code 1=1}, an empty IN list). */
	record Constant(boolean matches) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			return matches ? EVERYTHING : NOTHING;
		}
	}

	/**
	 * {@code [not] exists (select … from <element collection> where …)} over the document's own array at
	 * {@code path} ({@code member of}, {@code is [not] empty}): some element satisfies {@code condition},
	 * whose paths are relative to the element, all on the same element: <code>{addresses: {$elemMatch:
	 * {city: "Oslo", "geo.lat": {$gt: 50}}}}</code>. For an array of basic values ({@code scalar}) the
	 * condition is on the empty path, the element itself, and becomes an operator:
	 * <code>{tags: {$elemMatch: {$eq: "a"}}}</code>. Without a condition, any element that is not NULL (a
	 * NULL element is no row). {@code negated} wraps it in {@code $nor}, which also matches documents
	 * without the array.
	 */
	record ElementMatch(String path, Filter condition, boolean scalar, boolean negated) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument query = condition == null ? new BsonDocument() : condition.toBson( values );
			if ( query.equals( NOTHING ) ) {
				return negated ? EVERYTHING : NOTHING;
			}
			if ( query.isEmpty() ) {
				query = new BsonDocument( "$ne", BsonNull.VALUE );
			}
			else if ( scalar ) {
				query = operators( query.get( "" ) );
			}
			BsonDocument match = new BsonDocument( path, new BsonDocument( "$elemMatch", query ) );
			return negated ? new BsonDocument( "$nor", new BsonArray( List.of( match ) ) ) : match;
		}

		/**
		 * The condition on a basic element as operators: a value is {@code $eq}, a regular expression
		 * {@code $regex} with {@code $options} (the form both real MongoDB and the embedded server accept).
		 */
		private static BsonDocument operators(BsonValue condition) {
			if ( condition instanceof BsonDocument document && !document.isEmpty() && document.getFirstKey().startsWith( "$" ) ) {
				return document;
			}
			if ( condition instanceof BsonRegularExpression regex ) {
				return new BsonDocument( "$regex", new BsonString( regex.getPattern() ) ).append( "$options", new BsonString( regex.getOptions() ) );
			}
			return new BsonDocument( "$eq", condition );
		}
	}

	/** Conjunction; a part that matches nothing makes the whole match nothing. */
	record And(List<Filter> parts) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			List<BsonValue> rendered = new ArrayList<>( parts.size() );
			for ( Filter part : parts ) {
				BsonDocument bson = part.toBson( values );
				if ( bson.equals( NOTHING ) ) {
					return NOTHING;
				}
				if ( !bson.isEmpty() ) {
					rendered.add( bson );
				}
			}
			return combine( "$and", rendered, EVERYTHING );
		}
	}

	/** Disjunction; a part that matches everything makes the whole match everything. */
	record Or(List<Filter> parts) implements Filter {
		@Override
		public BsonDocument toBson(Values values) {
			List<BsonValue> rendered = new ArrayList<>( parts.size() );
			for ( Filter part : parts ) {
				BsonDocument bson = part.toBson( values );
				if ( bson.isEmpty() ) {
					return EVERYTHING;
				}
				if ( !bson.equals( NOTHING ) ) {
					rendered.add( bson );
				}
			}
			return combine( "$or", rendered, NOTHING );
		}
	}

	private static BsonDocument combine(String operator, List<BsonValue> rendered, BsonDocument whenEmpty) {
		if ( rendered.isEmpty() ) {
			return whenEmpty;
		}
		if ( rendered.size() == 1 ) {
			return rendered.get( 0 ).asDocument();
		}
		return new BsonDocument( operator, new BsonArray( rendered ) );
	}

}
