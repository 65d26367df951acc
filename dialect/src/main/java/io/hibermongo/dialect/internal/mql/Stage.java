package io.hibermongo.dialect.internal.mql;

import java.util.List;
import java.util.Map;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

/** One stage of an aggregation pipeline. */
public sealed interface Stage {

	BsonDocument toBson(Values values);

	record Match(Filter filter) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$match", filter.toBson( values ) );
		}
	}

	/** {@code $unwind} of an array, one document per element ({@link Unwind}). */
	record UnwindArray(Unwind unwind) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return unwind.stage();
		}
	}

	/**
	 * <code>{$lookup: {from, localField, foreignField, as}}</code>: the documents of {@code from} whose
	 * {@code foreignField} equals {@code localField} of the row (an element of it, for an array), as an
	 * array under {@code as}. Without a {@code localField}, every document of {@code from} (a cross join):
	 * <code>{$lookup: {from, let: {}, pipeline: [], as}}</code>.
	 */
	record Lookup(String from, String localField, String foreignField, String as) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument lookup = new BsonDocument( "from", new BsonString( from ) );
			if ( localField == null ) {
				lookup.append( "let", new BsonDocument() ).append( "pipeline", new BsonArray() );
			}
			else {
				lookup.append( "localField", new BsonString( localField ) ).append( "foreignField", new BsonString( foreignField ) );
			}
			return new BsonDocument( "$lookup", lookup.append( "as", new BsonString( as ) ) );
		}
	}

	/**
	 * <code>{$lookup: {from, let, pipeline, as}}</code>: the rows a subquery's {@code pipeline} makes from
	 * {@code from}, as an array under {@code as}; {@code let} binds the outer row's values the pipeline
	 * reads as {@code $$name} (a correlated subquery). Both the real and the embedded server run it.
	 */
	record LookupRows(String from, Map<String, Expression> let, List<Stage> pipeline, String as) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$lookup", new BsonDocument( "from", new BsonString( from ) )
					.append( "let", document( let, values ) )
					.append( "pipeline", new BsonArray( Stage.pipeline( pipeline, values ) ) )
					.append( "as", new BsonString( as ) ) );
		}
	}

	/**
	 * {@code $unwind} of the documents a {@link Lookup} found, one row per document; {@code outer} keeps
	 * the row without one when none was found (a left join).
	 */
	record UnwindLookup(String path, boolean outer) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument unwind = new BsonDocument( "path", new BsonString( "$" + path ) );
			if ( outer ) {
				unwind.append( "preserveNullAndEmptyArrays", BsonBoolean.TRUE );
			}
			return new BsonDocument( "$unwind", unwind );
		}
	}

	/** {@code $addFields} rather than {@code $set}: both real MongoDB and the embedded server accept it. */
	record AddFields(Map<String, Expression> fields) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$addFields", document( fields, values ) );
		}
	}

	/** {@code $group}; {@code id} null groups all rows into one. */
	record Group(Map<String, Expression> id, Map<String, Expression> accumulators) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			BsonValue groupId = id.isEmpty() ? org.bson.BsonNull.VALUE : document( id, values );
			BsonDocument group = new BsonDocument( "_id", groupId );
			accumulators.forEach( (name, accumulator) -> group.append( name, accumulator.toBson( values ) ) );
			return new BsonDocument( "$group", group );
		}
	}

	/** The last stage of a read: the result columns, named {@code c0, c1, …} (never dotted). */
	record Project(Map<String, Expression> fields) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument project = new BsonDocument( "_id", new BsonInt32( 0 ) );
			fields.forEach( (name, expression) -> project.append( name, expression.toBson( values ) ) );
			return new BsonDocument( "$project", project );
		}
	}

	/** {@code $facet} with one sub-pipeline: a single output document holding its results as an array. */
	record Facet(String name, List<Stage> stages) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$facet", new BsonDocument( name, new org.bson.BsonArray( pipeline( stages, values ) ) ) );
		}
	}

	/** {@code $replaceRoot}: the document {@code root} evaluates to becomes the document. */
	record ReplaceRoot(Expression root) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$replaceRoot", new BsonDocument( "newRoot", root.toBson( values ) ) );
		}
	}

	record Sort(BsonDocument keys) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$sort", keys );
		}
	}

	record Skip(Operand count) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$skip", values.of( count ) );
		}
	}

	record Limit(Operand count) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$limit", values.of( count ) );
		}
	}

	/**
	 * <code>{$graphLookup: {from, startWith: "$startWith", connectFromField, connectToField, as, depthField,
	 * [restrictSearchWithMatch]}}</code>: the documents of {@code from} reachable from the row's
	 * {@code startWith} value, each found once, with the number of steps after the first in {@code depthField}
	 * (0 for the documents whose {@code connectToField} equals the start value); {@code restrict}, when not
	 * null, is the query filter every document of the walk must match.
	 */
	record GraphLookup(String from, String startWith, String connectFromField, String connectToField, String as, String depthField,
			Filter restrict) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument lookup = new BsonDocument( "from", new BsonString( from ) )
					.append( "startWith", new BsonString( "$" + startWith ) )
					.append( "connectFromField", new BsonString( connectFromField ) )
					.append( "connectToField", new BsonString( connectToField ) )
					.append( "as", new BsonString( as ) )
					.append( "depthField", new BsonString( depthField ) );
			if ( restrict != null ) {
				lookup.append( "restrictSearchWithMatch", restrict.toBson( values ) );
			}
			return new BsonDocument( "$graphLookup", lookup );
		}
	}

	/** {@code $unionWith}: the documents of another collection, after {@code pipeline}, follow the current ones. */
	record UnionWith(String collection, List<Stage> pipeline) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			return new BsonDocument( "$unionWith", new BsonDocument( "coll", new org.bson.BsonString( collection ) )
					.append( "pipeline", new org.bson.BsonArray( Stage.pipeline( pipeline, values ) ) ) );
		}
	}

	/**
	 * {@code $setWindowFields} (MongoDB 5.0+): each row gets the {@code output} fields, window operators
	 * over the rows of its partition ({@code partitionBy}, all rows when null) in the order {@code sortBy}
	 * (none when null). The embedded test server does not have it.
	 */
	record SetWindowFields(Expression partitionBy, BsonDocument sortBy, Map<String, WindowOutput> output) implements Stage {
		@Override
		public BsonDocument toBson(Values values) {
			BsonDocument stage = new BsonDocument();
			if ( partitionBy != null ) {
				stage.append( "partitionBy", partitionBy.toBson( values ) );
			}
			if ( sortBy != null ) {
				stage.append( "sortBy", sortBy );
			}
			BsonDocument fields = new BsonDocument();
			output.forEach( (name, window) -> fields.append( name, window.toBson( values ) ) );
			return new BsonDocument( "$setWindowFields", stage.append( "output", fields ) );
		}
	}

	static BsonDocument document(Map<String, Expression> fields, Values values) {
		BsonDocument document = new BsonDocument();
		fields.forEach( (name, expression) -> document.append( name, expression.toBson( values ) ) );
		return document;
	}

	static List<BsonValue> pipeline(List<Stage> stages, Values values) {
		return stages.stream().map( stage -> (BsonValue) stage.toBson( values ) ).toList();
	}
}
