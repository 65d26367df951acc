package io.hibermongo.dialect.internal.schema;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hibermongo.dialect.MongoIndex;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.hibernate.MappingException;

/**
 * The {@link MongoIndex} annotations of the entities and embeddables stored in one collection, as index
 * definitions: on a class (or a superclass of it) with attribute paths in {@code fields}; on an attribute,
 * for that attribute's field. Everything MongoDB would refuse is refused here, at startup, naming the
 * entity: unknown attributes, a partial filter that is not a JSON document or names unmapped fields,
 * TTL on several fields or on a non-date field, unique hashed / text / wildcard indexes, sparse together
 * with a partial filter.
 */
final class MongoIndexes {

	private final String entity;
	private final List<MappedField> fields;
	private final List<IndexDefinition> indexes = new ArrayList<>();

	private MongoIndexes(String entity, List<MappedField> fields) {
		this.entity = entity;
		this.fields = fields;
	}

	/** The indexes declared on {@code entityClasses} (and their superclasses) and on the attributes of {@code fields}. */
	static List<IndexDefinition> of(String entity, List<Class<?>> entityClasses, List<MappedField> fields) {
		MongoIndexes found = new MongoIndexes( entity, fields );
		for ( MappedField field : fields ) {
			if ( field.member() instanceof AnnotatedElement annotated ) {
				for ( MongoIndex annotation : annotated.getAnnotationsByType( MongoIndex.class ) ) {
					found.add( annotation, List.of( field.path() ), "@MongoIndex on " + field.owner().getSimpleName() + "." + field.attribute() );
				}
			}
		}
		Set<Class<?>> classes = new LinkedHashSet<>();
		for ( Class<?> entityClass : entityClasses ) {
			for ( Class<?> type = entityClass; type != null && type != Object.class; type = type.getSuperclass() ) {
				classes.add( type );
			}
		}
		for ( Class<?> type : classes ) {
			for ( MongoIndex annotation : type.getDeclaredAnnotationsByType( MongoIndex.class ) ) {
				found.addOnClass( annotation, type );
			}
		}
		return found.indexes;
	}

	private void addOnClass(MongoIndex annotation, Class<?> type) {
		String origin = "@MongoIndex on " + type.getSimpleName();
		if ( annotation.fields().length == 0 && annotation.kind() != MongoIndex.Kind.WILDCARD ) {
			throw refused( origin, "name its fields (only a WILDCARD index on a class may have none)" );
		}
		List<String> paths = new ArrayList<>();
		for ( String attribute : annotation.fields() ) {
			paths.add( fields.stream().filter( field -> attribute.equals( field.attributePath() ) ).map( MappedField::path )
					.findFirst().orElseThrow( () -> refused( origin, "'" + attribute + "' is not a mapped attribute path" ) ) );
		}
		add( annotation, paths, origin );
	}

	/** {@code paths}: the indexed field paths; none for a wildcard index over the whole document. */
	private void add(MongoIndex annotation, List<String> paths, String origin) {
		BsonDocument key = new BsonDocument();
		if ( annotation.kind() == MongoIndex.Kind.WILDCARD ) {
			if ( paths.size() > 1 ) {
				throw refused( origin, "a WILDCARD index has one field" );
			}
			key.append( paths.isEmpty() ? "$**" : paths.get( 0 ) + ".$**", new BsonInt32( 1 ) );
		}
		else {
			for ( String path : paths ) {
				key.append( path, keyValue( annotation.kind() ) );
			}
		}
		BsonDocument options = new BsonDocument();
		if ( annotation.unique() ) {
			if ( annotation.kind() == MongoIndex.Kind.HASHED || annotation.kind() == MongoIndex.Kind.TEXT
					|| annotation.kind() == MongoIndex.Kind.WILDCARD ) {
				throw refused( origin, "a " + annotation.kind() + " index cannot be unique" );
			}
			options.append( "unique", BsonBoolean.TRUE );
		}
		if ( annotation.sparse() ) {
			options.append( "sparse", BsonBoolean.TRUE );
		}
		if ( annotation.expireAfterSeconds() >= 0 ) {
			checkTtl( annotation, paths, origin );
			options.append( "expireAfterSeconds", new BsonInt32( Math.toIntExact( annotation.expireAfterSeconds() ) ) );
		}
		if ( !annotation.partialFilter().isBlank() ) {
			if ( annotation.sparse() ) {
				throw refused( origin, "an index cannot be both sparse and partial" );
			}
			options.append( "partialFilterExpression", partialFilter( annotation.partialFilter(), origin ) );
		}
		if ( !annotation.collation().isBlank() ) {
			options.append( "collation", new BsonDocument( "locale", new BsonString( annotation.collation() ) ) );
		}
		String name = annotation.name().isBlank() ? CollectionIndexes.defaultName( key ) : annotation.name();
		indexes.add( new IndexDefinition( name, key, options, origin ) );
	}

	private static BsonValue keyValue(MongoIndex.Kind kind) {
		return switch ( kind ) {
			case ASCENDING, WILDCARD -> new BsonInt32( 1 );
			case DESCENDING -> new BsonInt32( -1 );
			case TEXT -> new BsonString( "text" );
			case GEO_2DSPHERE -> new BsonString( "2dsphere" );
			case HASHED -> new BsonString( "hashed" );
		};
	}

	private void checkTtl(MongoIndex annotation, List<String> paths, String origin) {
		if ( annotation.expireAfterSeconds() > Integer.MAX_VALUE ) {
			throw refused( origin, "expireAfterSeconds is at most " + Integer.MAX_VALUE );
		}
		if ( paths.size() != 1 || annotation.kind() != MongoIndex.Kind.ASCENDING && annotation.kind() != MongoIndex.Kind.DESCENDING ) {
			throw refused( origin, "a TTL index (expireAfterSeconds) is an ascending or descending index of one field" );
		}
		MappedField field = fields.stream().filter( candidate -> candidate.path().equals( paths.get( 0 ) ) ).findFirst().orElseThrow();
		if ( field.isDocument() || !"date".equals( CollectionValidator.bsonType( field.type() ) ) ) {
			throw refused( origin, "a TTL index (expireAfterSeconds) needs a date field, and '" + field.attributePath() + "' is not one" );
		}
	}

	/** The filter parsed as a document whose field names are all mapped field paths. */
	private BsonDocument partialFilter(String json, String origin) {
		BsonDocument filter;
		try {
			filter = BsonDocument.parse( json );
		}
		catch (RuntimeException e) {
			throw refused( origin, "partialFilter is not a JSON document: " + e.getMessage() );
		}
		checkFields( filter, origin );
		return filter;
	}

	private void checkFields(BsonDocument filter, String origin) {
		for ( String name : filter.keySet() ) {
			if ( name.equals( "$and" ) || name.equals( "$or" ) ) {
				if ( !filter.isArray( name ) ) {
					throw refused( origin, "partialFilter: " + name + " takes an array of filters" );
				}
				for ( BsonValue clause : filter.getArray( name ) ) {
					if ( !clause.isDocument() ) {
						throw refused( origin, "partialFilter: " + name + " takes an array of filters" );
					}
					checkFields( clause.asDocument(), origin );
				}
			}
			else if ( fields.stream().noneMatch( field -> name.equals( field.path() ) || field.isDocument() && name.startsWith( field.path() + "." ) ) ) {
				throw refused( origin, "partialFilter names '" + name + "', which is not a mapped field of the collection" );
			}
		}
	}

	private MappingException refused(String origin, String why) {
		return new MappingException( origin + " of entity '" + entity + "' is not supported: " + why );
	}
}
