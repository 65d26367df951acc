package io.hibermongo.dialect.internal.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.DocumentPart;
import io.hibermongo.dialect.internal.mql.Expression;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Operand;
import org.bson.BsonNull;
import org.hibernate.sql.model.ast.ColumnValueBinding;
import org.hibernate.sql.model.internal.TableDeleteStandard;
import org.hibernate.sql.model.internal.TableInsertStandard;

/**
 * Row inserts and deletes of a table whose rows are parts of another table's documents ({@link DocumentPart}:
 * a JOINED subclass table, a secondary table), as updates of the document its key names. Updates of such rows
 * are plain updates of the document already. Each is one {@code update} statement matching one document, so
 * its count is the row count Hibernate expects, also in a JDBC batch.
 * <ul>
 * <li>Insert (a subclass row after the root's insert, an optional secondary row whose values became non-NULL):
 * <code>{q: {_id: ?}, u: {$set: {breed: ?, barks: ?}}}</code>, NULL values {@code $unset} as in any update; a
 * table without other columns than its key sets nothing (<code>{$set: {}}</code>, matching the document).</li>
 * <li>Delete (an optional secondary row whose values all became NULL): {@code $unset} of every field of the
 * table. When the entity is removed Hibernate sends no deletes for these tables: their keys are marked as
 * deleted with the document (see {@code PartRowDeletes}), so removing an entity is one {@code delete}.</li>
 * </ul>
 */
final class DocumentPartRows {

	private DocumentPartRows() {
	}

	static MqlCommand insert(TranslationContext context, TableInsertStandard insert) {
		List<Filter> keys = new ArrayList<>();
		Map<String, Expression> assignments = new LinkedHashMap<>();
		for ( ColumnValueBinding binding : insert.getValueBindings() ) {
			String path = context.path( binding.getColumnReference() );
			if ( isKey( path ) ) {
				keys.add( TableMutationTranslator.keyFilter( context, binding ) );
			}
			else {
				assignments.put( path, new Expression.Constant( TableMutationTranslator.value( context, binding ) ) );
			}
		}
		return new MqlCommand.Update( context.collection(), keys.size() == 1 ? keys.get( 0 ) : new Filter.And( keys ), assignments, false );
	}

	static MqlCommand delete(TranslationContext context, TableDeleteStandard delete, Filter restriction) {
		Map<String, Expression> assignments = new LinkedHashMap<>();
		for ( String field : context.layout().ownFields( delete.getMutatingTable().getTableName() ) ) {
			assignments.put( field, new Expression.Constant( new Operand.Literal( BsonNull.VALUE ) ) );
		}
		return new MqlCommand.Update( context.collection(), restriction, assignments, false );
	}

	private static boolean isKey(String path) {
		return path.equals( "_id" ) || path.startsWith( "_id." );
	}
}
