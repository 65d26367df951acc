package io.hibermongo.dialect.internal.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.layout.ArrayTable;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The indexes of a collection table ({@code @CollectionTable(indexes = @Index(columnList = …))}), whose rows
 * are the elements of an array in the owner's documents: each becomes a multikey index of the owner's
 * collection on the element paths ({@code tags}, {@code lines.sku}; the owner key column is {@code _id}),
 * so a query on an element ({@code $elemMatch}, {@code $unwind} + {@code $match}, {@code member of}) can
 * use it. Refused by name at startup: an index on the position of an {@code @OrderColumn} list (the array
 * index is not a field MongoDB can index), and declared unique keys, unique indexes and unique columns of a collection
 * table (but the target key Hibernate marks unique in a {@code @OneToMany} join table), since
 * a unique multikey index refuses the same value in two owners' arrays yet allows it twice in one array,
 * which is neither SQL's table-wide nor its per-owner uniqueness. The unique key Hibernate itself gives a
 * {@code Set}'s table (owner key and element) makes no index: Hibernate keeps a set's elements distinct.
 */
final class ArrayIndexes {

	private ArrayIndexes() {
	}

	static List<IndexDefinition> of(Table table, ArrayTable array, boolean joinTable) {
		String where = "collection table '" + table.getName() + "' (the array " + array.collection() + "." + array.field() + ")";
		for ( UniqueKey unique : table.getUniqueKeys().values() ) {
			// Hibernate's own unique key of a Set (owner key and element) is the per-owner distinctness it keeps itself
			if ( unique.isExplicit() ) {
				throw uniqueRefused( "unique key " + unique.getName(), where );
			}
		}
		for ( Column column : table.getColumns() ) {
			// Hibernate makes the target column of a @OneToMany join table unique (a target has one owner): the
			// session keeps that, as it keeps a Set distinct
			if ( column.isUnique() && !table.isPrimaryKey( column ) && !joinTable ) {
				throw uniqueRefused( "unique column " + column.getName(), where );
			}
		}
		List<IndexDefinition> indexes = new ArrayList<>();
		for ( Index index : table.getIndexes().values() ) {
			if ( index.isUnique() ) {
				throw uniqueRefused( "unique @Index " + index.getName(), where );
			}
			BsonDocument key = new BsonDocument();
			Map<Column, String> order = index.getColumnOrderMap();
			for ( Column column : index.getColumns() ) {
				if ( array.isPosition( column.getName() ) ) {
					throw new FeatureNotSupportedException( "@Index " + index.getName() + " on the @OrderColumn '" + column.getName() + "' of "
							+ where + " is not supported: the position is the element's index in the array, which MongoDB cannot index" );
				}
				key.append( array.path( column.getName() ), new BsonInt32( "desc".equalsIgnoreCase( order.get( column ) ) ? -1 : 1 ) );
			}
			if ( !key.keySet().equals( Set.of( "_id" ) ) ) {
				indexes.add( new IndexDefinition( index.getName(), key, new BsonDocument(), "@Index " + index.getName() + " of " + where ) );
			}
		}
		return indexes;
	}

	private static FeatureNotSupportedException uniqueRefused(String what, String where) {
		return new FeatureNotSupportedException( "The " + what + " of " + where + " is not supported: a unique index on an array"
				+ " refuses a value in two owners' arrays but allows it twice in one, which matches neither SQL's table-wide nor per-owner uniqueness" );
	}
}
