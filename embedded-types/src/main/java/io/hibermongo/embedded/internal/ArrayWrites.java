package io.hibermongo.embedded.internal;

import java.util.List;

import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The update statements the row changes of one owner's collection become. Each kind of array decides
 * how an added, changed or removed row is applied; removing the whole collection is the same for all:
 * <code>{$unset: {field: ""}}</code> when it is dereferenced, <code>{$set: {field: []}}</code> when it is
 * emptied or stored empty.
 */
abstract sealed class ArrayWrites permits ValueArrayWrites, PositionalArrayWrites, EntryArrayWrites {

	protected final String field;

	ArrayWrites(String field) {
		this.field = field;
	}

	abstract List<ArrayWrite> insert(BsonDocument owner, List<ArrayRow> rows);

	abstract List<ArrayWrite> update(BsonDocument owner, List<ArrayRow> rows);

	abstract List<ArrayWrite> delete(BsonDocument owner, List<ArrayRow> rows);

	List<ArrayWrite> deleteAll(BsonDocument owner) {
		return List.of( new ArrayWrite( owner, operator( "$unset", field, new BsonString( "" ) ), 1 ) );
	}

	List<ArrayWrite> clear(BsonDocument owner) {
		return List.of( new ArrayWrite( owner, operator( "$set", field, new BsonArray() ), 1 ) );
	}

	/** <code>{$push: {field: {$each: [elements…]}}}</code>: appends, creating the array when it is missing. */
	List<ArrayWrite> push(BsonDocument owner, List<ArrayRow> rows) {
		BsonArray elements = new BsonArray();
		rows.forEach( row -> elements.add( row.element() ) );
		return List.of( new ArrayWrite( owner, operator( "$push", field, new BsonDocument( "$each", elements ) ), 1 ) );
	}

	/** <code>{name: {path: value}}</code>. */
	static BsonDocument operator(String name, String path, BsonValue value) {
		return new BsonDocument( name, new BsonDocument( path, value ) );
	}

	/** The owner's filter with {@code more} conditions. */
	static BsonDocument owner(BsonDocument owner, String path, BsonValue condition) {
		BsonDocument filter = owner.clone();
		filter.append( path, condition );
		return filter;
	}

	static AssertionError cannotHappen(String what) {
		return new AssertionError( what + " cannot happen: Hibernate does not write such rows" );
	}
}
