package io.hibermongo.embedded.internal;

import java.util.List;

import io.hibermongo.dialect.spi.ArrayChange;
import io.hibermongo.dialect.spi.ArrayLayout;
import org.hibernate.sql.model.MutationTarget;
import org.hibernate.sql.model.ast.ColumnValueBinding;
import org.hibernate.sql.model.ast.ColumnValueParameter;
import org.hibernate.sql.model.ast.MutatingTableReference;
import org.hibernate.sql.model.internal.TableDeleteStandard;

/**
 * The removal of every row of an owner's collection table that leaves the collection in place, empty:
 * relationally the same delete of all rows as a dereference, so it names its change
 * ({@link ArrayLayout.Change#CLEAR}) for the dialect, which writes <code>{$set: {field: []}}</code>.
 */
final class ArrayClear extends TableDeleteStandard implements ArrayChange {

	ArrayClear(MutatingTableReference table, MutationTarget<?> target, List<ColumnValueBinding> keys, List<ColumnValueParameter> parameters) {
		super( table, target, "empty collection", keys, List.of(), parameters );
	}

	@Override
	public ArrayLayout.Change arrayChange() {
		return ArrayLayout.Change.CLEAR;
	}
}
