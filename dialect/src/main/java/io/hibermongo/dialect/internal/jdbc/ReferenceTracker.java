package io.hibermongo.dialect.internal.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.internal.layout.DocumentLayout;
import io.hibermongo.dialect.internal.layout.ReferenceField;
import io.hibermongo.dialect.internal.mql.Filter;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import io.hibermongo.dialect.internal.mql.Values;
import io.hibermongo.dialect.spi.ArrayLayout;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * The values one statement stored outside its documents, and their release once the statement's write
 * has run (see {@link ReferencingJdbcType} for the rules). A value is deleted only when no document of
 * any field of its store references it, so a failed or partly applied write never deletes a value that a
 * document still points to, and a value shared by several documents lives until the last one lets go.
 */
final class ReferenceTracker {

	private final MongoDatabase database;
	private final DocumentLayout layout;
	private final Map<ReferencingJdbcType, Set<BsonValue>> created = new HashMap<>();

	ReferenceTracker(MongoDatabase database, DocumentLayout layout) {
		this.database = database;
		this.layout = layout;
	}

	void created(ReferencingJdbcType type, BsonValue reference) {
		created.computeIfAbsent( type, t -> new LinkedHashSet<>() ).add( reference );
	}

	/**
	 * The references that {@code command} will replace or remove, read before it runs with its own filter:
	 * the assigned reference fields of an update, every reference field of a delete, the reference
	 * fields inside the array that a change of a collection table other than an insert rewrites (all
	 * of the owner's elements: those the change keeps stay referenced, so the release check keeps them).
	 */
	Map<ReferencingJdbcType, Set<BsonValue>> replacedBy(MqlCommand command, List<BsonValue[]> rows, ClientSession session) {
		List<ReferenceField> fields = touchedBy( command );
		if ( fields.isEmpty() ) {
			return Map.of();
		}
		BsonArray filters = new BsonArray();
		for ( BsonValue[] row : rows ) {
			filters.add( filter( command ).toBson( Values.bound( row ) ) );
		}
		BsonDocument projection = new BsonDocument();
		fields.forEach( field -> projection.append( field.path(), new BsonInt32( 1 ) ) );
		Map<ReferencingJdbcType, Set<BsonValue>> replaced = new HashMap<>();
		BsonDocument filter = filters.size() == 1 ? filters.get( 0 ).asDocument() : new BsonDocument( "$or", filters );
		for ( BsonDocument document : find( command.collection(), filter, session ).projection( projection ) ) {
			for ( ReferenceField field : fields ) {
				for ( BsonValue reference : field.valuesIn( document ) ) {
					replaced.computeIfAbsent( field.type(), t -> new LinkedHashSet<>() ).add( reference );
				}
			}
		}
		return replaced;
	}

	/** After a successful write: releases the replaced references and any created one left unreferenced. */
	void succeeded(Map<ReferencingJdbcType, Set<BsonValue>> replaced, ClientSession session) {
		release( takeCreated( replaced ), session );
	}

	/**
	 * After a failed write: inside a transaction the abort undoes the statement, so nothing is released;
	 * otherwise whatever part of it was applied decides, through the reference check, what is released.
	 */
	void failed(Map<ReferencingJdbcType, Set<BsonValue>> replaced, boolean inTransaction, ClientSession session) {
		Map<ReferencingJdbcType, Set<BsonValue>> candidates = takeCreated( replaced );
		if ( !inTransaction ) {
			release( candidates, session );
		}
	}

	/**
	 * Hands the values created so far over to whoever decides their release later (the held inserts of
	 * the connection, when this statement's write was held in memory rather than run).
	 */
	Map<ReferencingJdbcType, Set<BsonValue>> handOver() {
		return takeCreated( Map.of() );
	}

	/** The fields referencing values stored outside the document that {@code command} assigns or removes. */
	List<ReferenceField> referencesTouchedBy(MqlCommand command) {
		return touchedBy( command );
	}

	boolean hasCreated() {
		return !created.isEmpty();
	}

	/** The statement closes: values created for executions that never ran are released. */
	void closed(ClientSession session) {
		release( takeCreated( Map.of() ), session );
	}

	private List<ReferenceField> touchedBy(MqlCommand command) {
		if ( layout == null ) {
			return List.of();
		}
		Map<String, ReferenceField> fields = layout.references( command.collection() );
		if ( fields.isEmpty() ) {
			return List.of();
		}
		if ( command instanceof MqlCommand.Update update ) {
			List<ReferenceField> assigned = new ArrayList<>();
			// an assigned field, or one inside an assigned document or array (an array removed as a whole)
			update.assignments().keySet().forEach( path -> fields.forEach( (referencePath, field) -> {
				if ( referencePath.equals( path ) || referencePath.startsWith( path + "." ) ) {
					assigned.add( field );
				}
			} ) );
			return assigned;
		}
		if ( command instanceof MqlCommand.ArrayUpdate array && array.change() != ArrayLayout.Change.INSERT ) {
			String field = array.array().field();
			return fields.values().stream()
					.filter( reference -> reference.path().equals( field ) || reference.path().startsWith( field + "." ) )
					.toList();
		}
		return command instanceof MqlCommand.Delete ? List.copyOf( fields.values() ) : List.of();
	}

	private static Filter filter(MqlCommand command) {
		if ( command instanceof MqlCommand.ArrayUpdate array ) {
			return array.owner();
		}
		return command instanceof MqlCommand.Update update ? update.filter() : ( (MqlCommand.Delete) command ).filter();
	}

	private Map<ReferencingJdbcType, Set<BsonValue>> takeCreated(Map<ReferencingJdbcType, Set<BsonValue>> replaced) {
		Map<ReferencingJdbcType, Set<BsonValue>> candidates = new HashMap<>( created );
		replaced.forEach( (type, references) -> candidates.merge( type, references, (a, b) -> {
			Set<BsonValue> union = new LinkedHashSet<>( a );
			union.addAll( b );
			return union;
		} ) );
		created.clear();
		return candidates;
	}

	/** Deletes those of {@code candidates} that no document references. */
	void release(Map<ReferencingJdbcType, Set<BsonValue>> candidates, ClientSession session) {
		candidates.forEach( (type, references) -> {
			Set<BsonValue> unreferenced = new HashSet<>( references );
			for ( ReferenceField field : layout == null ? List.<ReferenceField>of() : layout.allReferences() ) {
				if ( unreferenced.isEmpty() ) {
					break;
				}
				if ( field.type().store().equals( type.store() ) ) {
					unreferenced.removeAll( field.referencedAmong( database, session, unreferenced ) );
				}
			}
			if ( !unreferenced.isEmpty() ) {
				type.delete( database, session, unreferenced );
			}
		} );
	}

	private FindIterable<BsonDocument> find(String collection, BsonDocument filter, ClientSession session) {
		return new SessionDatabase( database, session ).find( collection, filter );
	}
}
