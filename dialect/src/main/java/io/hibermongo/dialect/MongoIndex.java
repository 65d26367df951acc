package io.hibermongo.dialect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A MongoDB index that JPA's {@code @Index} cannot express, created by schema management
 * ({@code hibernate.hbm2ddl.auto} create / update, checked by validate, written by script export).
 * On an entity class it names its fields; on an attribute (also inside an embeddable) it indexes that
 * attribute:
 * <pre>{@code
 * @Entity
 * @MongoIndex(fields = { "title", "summary" }, kind = MongoIndex.Kind.TEXT)
 * class Article {
 *     @MongoIndex(kind = MongoIndex.Kind.GEO_2DSPHERE) Point location;   // a GeoJSON sub-document
 *     @MongoIndex(expireAfterSeconds = 86_400) Instant createdAt;        // TTL: deleted a day later
 *     @MongoIndex(unique = true, partialFilter = "{\"status\": \"PUBLISHED\"}") String slug;
 *     @MongoIndex(collation = "fr") String title;
 * }
 * }</pre>
 * Field names are attribute paths ({@code address.city}); they are turned into document field paths
 * through the mapping, so {@code @AttributeOverride} and column names are honoured. Everything is
 * checked when the SessionFactory starts: unknown attributes, a partial filter that is not a JSON
 * document or names unmapped fields, a TTL index on several fields, and option combinations MongoDB
 * refuses fail with a {@code MappingException} naming the entity.
 */
@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(MongoIndex.List.class)
public @interface MongoIndex {

	/**
	 * The indexed attribute paths, in key order. Required on a class; on an attribute, empty means the
	 * attribute itself (and a {@link Kind#WILDCARD} index on an entity class with no fields covers all fields).
	 */
	String[] fields() default {};

	/** How every field of the index is indexed. */
	Kind kind() default Kind.ASCENDING;

	/** The index name; by default MongoDB's own scheme, e.g. {@code title_text} or {@code address.city_1}. */
	String name() default "";

	/** Whether two documents may not share the indexed values. */
	boolean unique() default false;

	/** Whether documents lacking the indexed fields are left out of the index. */
	boolean sparse() default false;

	/**
	 * A TTL index: MongoDB deletes a document this many seconds after the date in its (single) indexed
	 * field. Negative (the default) means no TTL.
	 */
	long expireAfterSeconds() default -1;

	/**
	 * A partial index: only documents matching this filter, written as a JSON document over document
	 * field paths ({@code {"status": "PUBLISHED"}}), are indexed. It is parsed (never spliced into
	 * text) and checked at startup.
	 */
	String partialFilter() default "";

	/** The collation locale of the index ({@code "fr"}, {@code "de@collation=phonebook"}); empty for none. */
	String collation() default "";

	/** How the fields are indexed: the value of each field in the index key. */
	enum Kind {
		/** {@code 1} */
		ASCENDING,
		/** {@code -1} */
		DESCENDING,
		/** {@code "text"}: full-text search with {@code $text}. */
		TEXT,
		/** {@code "2dsphere"}: GeoJSON geometry for {@code $near} / {@code $geoWithin}. */
		GEO_2DSPHERE,
		/** {@code "hashed"}: equality lookups and hashed sharding. */
		HASHED,
		/** {@code "$**": 1}: every field below the indexed one (or the whole document). */
		WILDCARD
	}

	/** Holds several {@link MongoIndex} annotations of one element. */
	@Target({ ElementType.TYPE, ElementType.FIELD, ElementType.METHOD })
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		MongoIndex[] value();
	}
}
