package io.hibermongo.dialect.spi;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonValue;

/**
 * What Hibermongo's JDBC statements offer to the binders and extractors of other modules, reached with
 * {@code statement.unwrap(MongoJdbcStatement.class)} (from a result set, through
 * {@code getStatement()}).
 */
public interface MongoJdbcStatement {

	/** The database the statement runs against. */
	MongoDatabase database();

	/**
	 * The session the statement runs on, with the MongoDB transaction started if one is due; null when
	 * the server has no sessions. Writes made with it join the ORM's transaction.
	 */
	ClientSession session();

	/**
	 * Records a value a binder stored outside the document for this statement. If no document references
	 * it once the statement has run (it failed, or it matched nothing), or the statement is closed without
	 * running, it is deleted through {@link ReferencingJdbcType#delete}.
	 */
	void referenceCreated(ReferencingJdbcType type, BsonValue reference);
}
