package io.hibermongo.dialect.internal.nativequery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hibermongo.dialect.internal.layout.DocumentLayout;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.query.results.ResultSetMapping;
import org.hibernate.sql.results.graph.DomainResult;
import org.hibernate.sql.results.graph.entity.EntityResult;

/**
 * The result columns of a native query whose mapping reads columns by label (an entity result class,
 * {@code @SqlResultSetMapping} with entities, {@code @ConstructorResult} or {@code @ColumnResult}), each
 * with the document field path it reads:
 * <ul>
 * <li>a label that is a column of an entity in the mapping (the first one that has it) reads that
 *     column's field in the entity's document layout: {@code id} → {@code _id}, the column
 *     {@code city} of an {@code @Embedded address} → {@code address.city};</li>
 * <li>any other label is itself a field path, dots going into nested documents
 *     ({@code @FieldResult(column = "blog.name")}, {@code @ColumnResult(name = "total")}).</li>
 * </ul>
 * A mapping that reads by position (scalars, {@code Object[]}, {@code Tuple}) has none: its columns are
 * the fields of the result documents.
 * <p>
 * The columns travel in the statement text as a top-level <code>"$columns": {label: path, …}</code>
 * entry, so the text says everything about the statement, and the JDBC adapter needs no mapping.
 */
final class NativeResultColumns {

	private NativeResultColumns() {
	}

	/** The field path of each label {@code mapping} reads, in order; null when it reads by position. */
	static Map<String, String> of(ResultSetMapping mapping, SessionFactoryImplementor sessionFactory, DocumentLayout layout) {
		if ( mapping == null || mapping.getNumberOfResultBuilders() == 0 ) {
			return null;
		}
		ColumnLabelProbe probe = new ColumnLabelProbe();
		List<String> tables = new ArrayList<>();
		for ( DomainResult<?> result : mapping.resolve( probe, new LoadQueryInfluencers( sessionFactory ), sessionFactory ).getDomainResults() ) {
			if ( result instanceof EntityResult<?> entity
					&& entity.getReferencedMappingContainer().getEntityPersister() instanceof AbstractEntityPersister persister ) {
				tables.add( persister.getTableName() );
			}
		}
		if ( probe.labels().isEmpty() ) {
			return null;
		}
		Map<String, String> paths = new LinkedHashMap<>();
		for ( String label : probe.labels() ) {
			paths.put( label, path( label, tables, layout ) );
		}
		return paths;
	}

	private static String path(String label, List<String> tables, DocumentLayout layout) {
		for ( String table : tables ) {
			String path = layout.mappedFieldPath( table, label );
			if ( path != null ) {
				return path;
			}
		}
		return label;
	}

	/** {@code text} (a command document) with the {@code $columns} entry as its last field. */
	static String appendTo(String text, Map<String, String> columns) {
		BsonDocument paths = new BsonDocument();
		columns.forEach( (label, path) -> paths.put( label, new BsonString( path ) ) );
		int close = text.lastIndexOf( '}' );
		return text.substring( 0, close ) + ", \"" + NativeCommandParser.COLUMNS + "\": " + paths.toJson() + text.substring( close );
	}
}
