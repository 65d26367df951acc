package io.hibermongo.embedded.internal;

import java.util.ArrayList;
import java.util.List;

import io.hibermongo.dialect.spi.ArrayRow;
import io.hibermongo.dialect.spi.ArrayWrite;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Sets and bags, whose rows are identified by their element: added rows are pushed
 * (<code>{$push: {tags: {$each: [v…]}}}</code>), removed rows of a set pulled by value
 * (<code>{$pull: {tags: v}}</code>, <code>{$pull: {tags: {$in: [v…]}}}</code>, or the exact-match condition
 * of an embeddable element). A set holds each element once, so a pull removes exactly the row Hibernate
 * deleted. Hibernate never deletes single rows of a bag of values: it removes and re-inserts the whole
 * bag, which keeps duplicates exactly.
 */
final class ValueArrayWrites extends ArrayWrites {

	private final ElementMatch match;
	private final boolean bag;

	ValueArrayWrites(String field, ElementMatch match, boolean bag) {
		super( field );
		this.match = match;
		this.bag = bag;
	}

	@Override
	List<ArrayWrite> insert(BsonDocument owner, List<ArrayRow> rows) {
		return push( owner, rows );
	}

	@Override
	List<ArrayWrite> update(BsonDocument owner, List<ArrayRow> rows) {
		throw cannotHappen( "An update of a set or bag row" );
	}

	@Override
	List<ArrayWrite> delete(BsonDocument owner, List<ArrayRow> rows) {
		if ( bag ) {
			throw cannotHappen( "A delete of one row of a bag" );
		}
		BsonValue condition;
		if ( match.isValue() ) {
			BsonArray values = new BsonArray();
			rows.forEach( row -> values.add( row.element() ) );
			condition = values.size() == 1 ? values.get( 0 ) : new BsonDocument( "$in", values );
		}
		else {
			List<BsonDocument> conditions = new ArrayList<>();
			rows.forEach( row -> conditions.add( match.condition( row.element(), "" ) ) );
			condition = ElementMatch.any( conditions );
		}
		return List.of( new ArrayWrite( owner, operator( "$pull", field, condition ), 1 ) );
	}
}
