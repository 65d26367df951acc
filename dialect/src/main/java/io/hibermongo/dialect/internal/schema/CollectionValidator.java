package io.hibermongo.dialect.internal.schema;

import java.util.List;

import io.hibermongo.dialect.internal.type.MongoTypes;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.EnumJavaType;

/**
 * The {@code $jsonSchema} validator of a collection, generated from its {@link MappedField}s:
 * <ul>
 * <li>{@code bsonType} of each field as Hibermongo stores its JDBC type ({@code string}, {@code int} for
 *     up to 32-bit integers and ORDINAL enums, {@code long} for BIGINT and durations, {@code double},
 *     {@code decimal}, {@code bool}, {@code date}, {@code binData} for bytes and UUIDs, {@code objectId}
 *     for ObjectIds and LOB references); a nullable field also allows {@code null}, though Hibermongo
 *     leaves such fields out instead of storing null;</li>
 * <li>{@code required}: {@code _id} and every non-nullable column, in the document holding it (not the
 *     columns of a SINGLE_TABLE subclass, which documents of the other classes lack);</li>
 * <li>a nested {@code object} schema for each {@code @Embedded} value and composite id;</li>
 * <li>{@code bsonType: "array"} with an {@code items} schema for each element collection;</li>
 * <li>{@code enum} of the constant names for STRING enums; {@code maxLength} for a string column whose
 *     length is given and is not JPA's default 255;</li>
 * <li>and whatever the {@link FieldConstraints} add (the Bean Validation constraints that map).</li>
 * </ul>
 * Other fields stay allowed ({@code additionalProperties} is not restricted): documents may carry fields
 * of other applications or of mappings added later.
 */
final class CollectionValidator {

	private static final long DEFAULT_LENGTH = 255;
	private static final List<String> KEYWORDS = List.of( "bsonType", "required", "properties", "enum", "minLength", "maxLength",
			"pattern", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" );

	private CollectionValidator() {
	}

	/** <code>{"$jsonSchema": {...}}</code> for a collection holding {@code fields} and the element-collection {@code arrays}. */
	static BsonDocument of(List<MappedField> fields, List<ArrayField> arrays, FieldConstraints constraints) {
		BsonDocument root = objectSchema();
		for ( MappedField field : fields ) {
			place( root, field, constraints );
		}
		for ( ArrayField array : arrays ) {
			put( root, array.path(), arraySchema( array ), false );
		}
		clean( root );
		return new BsonDocument( "$jsonSchema", root );
	}

	private static void place(BsonDocument root, MappedField field, FieldConstraints constraints) {
		BsonDocument schema = field.isDocument() ? objectSchema() : leafSchema( field );
		boolean required = ( !field.nullable() | constraints.apply( field, schema ) ) && field.inEveryDocument();
		schema = inKeywordOrder( schema );
		if ( field.nullable() && !required ) {
			allowNull( schema );
		}
		put( root, field.path(), schema, required );
	}

	/** Puts {@code schema} at {@code path} under {@code root}, inside the object schemas of the path's documents. */
	private static void put(BsonDocument root, String path, BsonDocument schema, boolean required) {
		String[] segments = path.split( "\\." );
		BsonDocument parent = root;
		for ( int i = 0; i < segments.length - 1; i++ ) {
			// a sub-document's fields come before it: its schema starts with the first of them
			parent = (BsonDocument) parent.getDocument( "properties" ).computeIfAbsent( segments[i], s -> objectSchema() );
		}
		BsonDocument existing = parent.getDocument( "properties" ).getDocument( segments[segments.length - 1], null );
		if ( existing != null ) {
			schema.forEach( (keyword, value) -> existing.putIfAbsent( keyword, value ) );
			existing.put( "bsonType", schema.get( "bsonType" ) );
		}
		else {
			parent.getDocument( "properties" ).append( segments[segments.length - 1], schema );
		}
		if ( required ) {
			parent.getArray( "required" ).add( new BsonString( segments[segments.length - 1] ) );
		}
	}

	/**
	 * An element collection: <code>{bsonType: "array", items: …}</code>, the items a basic value's schema
	 * or an object schema of the element's fields; NULL is allowed where the element column is nullable and
	 * in an {@code @OrderColumn} list, which holds NULL at a position without element. The array itself may be absent (a NULL collection is no field). Bean Validation
	 * constraints on elements are not carried over.
	 */
	private static BsonDocument arraySchema(ArrayField array) {
		BsonDocument items;
		if ( array.hasBasicElements() ) {
			MappedField element = array.elementFields().get( 0 );
			items = inKeywordOrder( leafSchema( element ) );
			if ( element.nullable() || array.ordered() ) {
				allowNull( items );
			}
		}
		else {
			items = objectSchema();
			for ( MappedField field : array.elementFields() ) {
				place( items, field, FieldConstraints.NONE );
			}
			if ( array.ordered() ) {
				allowNull( items );
			}
		}
		return new BsonDocument( "bsonType", new BsonString( "array" ) ).append( "items", items );
	}

	private static BsonDocument objectSchema() {
		return new BsonDocument( "bsonType", new BsonString( "object" ) ).append( "required", new BsonArray() )
				.append( "properties", new BsonDocument() );
	}

	private static BsonDocument leafSchema(MappedField field) {
		BsonDocument schema = new BsonDocument();
		String type = bsonType( field.type() );
		if ( type != null ) {
			schema.append( "bsonType", new BsonString( type ) );
		}
		if ( field.type().getJavaTypeDescriptor() instanceof EnumJavaType<?> enumType && "string".equals( type ) ) {
			BsonArray names = new BsonArray();
			for ( Enum<?> constant : enumType.getJavaTypeClass().getEnumConstants() ) {
				names.add( new BsonString( constant.name() ) );
			}
			schema.append( "enum", names );
		}
		if ( "string".equals( type ) && field.length() != null && field.length() != DEFAULT_LENGTH ) {
			schema.append( "maxLength", new BsonInt32( Math.toIntExact( Math.min( field.length(), Integer.MAX_VALUE ) ) ) );
		}
		return schema;
	}

	/** The schema with its keywords in one fixed order, so equal validators are written alike. */
	private static BsonDocument inKeywordOrder(BsonDocument schema) {
		BsonDocument ordered = new BsonDocument();
		for ( String keyword : KEYWORDS ) {
			if ( schema.containsKey( keyword ) ) {
				ordered.append( keyword, schema.get( keyword ) );
			}
		}
		schema.forEach( ordered::putIfAbsent );
		return ordered;
	}

	/** A nullable field may hold null: its type list and its {@code enum} admit it. */
	private static void allowNull(BsonDocument schema) {
		BsonValue type = schema.get( "bsonType" );
		if ( type != null ) {
			schema.put( "bsonType", new BsonArray( List.of( type, new BsonString( "null" ) ) ) );
		}
		if ( schema.isArray( "enum" ) ) {
			schema.getArray( "enum" ).add( BsonNull.VALUE );
		}
	}

	/** Empty {@code required} and {@code properties} lists are not written (MongoDB refuses an empty required). */
	private static void clean(BsonDocument schema) {
		if ( schema.isArray( "required" ) && schema.getArray( "required" ).isEmpty() ) {
			schema.remove( "required" );
		}
		if ( schema.isDocument( "items" ) ) {
			clean( schema.getDocument( "items" ) );
		}
		if ( schema.isDocument( "properties" ) ) {
			schema.getDocument( "properties" ).values().forEach( value -> clean( value.asDocument() ) );
			if ( schema.getDocument( "properties" ).isEmpty() ) {
				schema.remove( "properties" );
			}
		}
	}

	/** The BSON type Hibermongo writes for {@code mapping}, or null when it is not one of ours. */
	static String bsonType(JdbcMapping mapping) {
		if ( mapping.getJdbcType() instanceof ReferencingJdbcType ) {
			return "objectId";
		}
		int code = mapping.getJdbcType().getDefaultSqlTypeCode();
		return switch ( code ) {
			case SqlTypes.CHAR, SqlTypes.VARCHAR, SqlTypes.LONGVARCHAR, SqlTypes.LONG32VARCHAR, SqlTypes.NCHAR,
					SqlTypes.NVARCHAR, SqlTypes.LONGNVARCHAR, SqlTypes.LONG32NVARCHAR, SqlTypes.ENUM -> "string";
			case SqlTypes.BOOLEAN, SqlTypes.BIT -> "bool";
			case SqlTypes.TINYINT, SqlTypes.SMALLINT, SqlTypes.INTEGER, SqlTypes.ORDINAL_ENUM -> "int";
			case SqlTypes.BIGINT, SqlTypes.INTERVAL_SECOND, SqlTypes.DURATION -> "long";
			case SqlTypes.REAL, SqlTypes.FLOAT, SqlTypes.DOUBLE -> "double";
			case SqlTypes.NUMERIC, SqlTypes.DECIMAL -> "decimal";
			case SqlTypes.BINARY, SqlTypes.VARBINARY, SqlTypes.LONGVARBINARY, SqlTypes.LONG32VARBINARY, SqlTypes.UUID -> "binData";
			case SqlTypes.DATE, SqlTypes.TIME, SqlTypes.TIMESTAMP, SqlTypes.TIMESTAMP_UTC, SqlTypes.TIMESTAMP_WITH_TIMEZONE -> "date";
			case MongoTypes.OBJECT_ID -> "objectId";
			default -> null;
		};
	}
}
