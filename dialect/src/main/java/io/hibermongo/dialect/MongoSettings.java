package io.hibermongo.dialect;

/**
 * The configuration properties Hibermongo reads, beside Hibernate's own
 * ({@code hibernate.dialect}, {@code jakarta.persistence.jdbc.url}, {@code jakarta.persistence.jdbc.user},
 * {@code jakarta.persistence.jdbc.password}, {@code hibernate.jdbc.batch_size}, {@code hibernate.show_sql}).
 */
public final class MongoSettings {

	/**
	 * {@code auto} (default): use MongoDB transactions when the server supports them (replica set or
	 * sharded cluster), otherwise run each statement on its own and say so once in the log;
	 * {@code required}: refuse to start without transaction support; {@code disabled}: never start one.
	 */
	public static final String TRANSACTIONS = "hibernate.mongodb.transactions";

	/** The database to use when the connection URL names none. Default {@code test}. */
	public static final String DATABASE = "hibernate.mongodb.database";

	/**
	 * A {@code com.mongodb.client.MongoClient} to use instead of creating one from the URL. Hibermongo
	 * borrows it: closing the SessionFactory does not close the client.
	 */
	public static final String CLIENT = "hibernate.mongodb.client";

	/**
	 * A {@code com.mongodb.MongoClientSettings} from which Hibermongo creates (and owns) its client,
	 * instead of the URL.
	 */
	public static final String CLIENT_SETTINGS = "hibernate.mongodb.client_settings";

	/**
	 * The collection holding the counters behind SEQUENCE, TABLE and IDENTITY ids, one document
	 * <code>{_id: &lt;name&gt;, next_val: &lt;long&gt;}</code> per counter. Default {@code hibernate_sequences}.
	 */
	public static final String SEQUENCE_COLLECTION = "hibernate.mongodb.sequence_collection";

	/**
	 * {@code true}: schema management gives each mapped collection a {@code $jsonSchema} validator generated
	 * from the mapping (field types, required fields, nested documents, enum values, lengths and the Bean
	 * Validation constraints that have a JSON Schema counterpart), so the server refuses documents that do
	 * not fit; {@code create} sets it, {@code update} applies it with {@code collMod}, {@code validate}
	 * compares it. Implies {@link #STRICT_READS}. Default {@code false}.
	 */
	public static final String ENFORCE_SCHEMA = "hibernate.mongodb.enforce_schema";

	/**
	 * {@code true}: reading an entity from a document that lacks one of its non-nullable fields fails with
	 * an error naming the entity, the document's id and the field, instead of reading NULL. Default
	 * {@code false} (also on when {@link #ENFORCE_SCHEMA} is).
	 */
	public static final String STRICT_READS = "hibernate.mongodb.strict_reads";

	private MongoSettings() {
	}
}
