package io.hibermongo.dialect.spi;

import java.util.Set;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonValue;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * A {@link JdbcType} whose values live outside the document: the document field holds only a reference
 * to them (the gridfs module stores LOBs as GridFS files and keeps the file id). The dialect accepts
 * columns of such a type in the document layout, refuses comparisons on their content, and releases
 * values that are no longer referenced:
 * <ul>
 * <li>an update that assigns the column, or a delete of the document, first reads the old references
 * with the write's own filter;</li>
 * <li>after the write, the old references and those created while binding the statement
 * ({@link MongoJdbcStatement#referenceCreated}) that no document of any column of the same
 * {@linkplain #store() store} still references are passed to {@link #delete};</li>
 * <li>when the write fails inside a MongoDB transaction nothing is released: the abort removes what the
 * statement created and keeps the old values.</li>
 * </ul>
 * The binder of such a type reaches the database and session through {@link MongoJdbcStatement}.
 */
public interface ReferencingJdbcType extends JdbcType {

	/**
	 * Names the place the referenced values live (for GridFS, the bucket). References of one store
	 * are checked against every column of that store before a value is deleted, so a value may be
	 * shared by several documents.
	 */
	String store();

	/** Deletes the referenced values, on {@code session} when it is not null. */
	void delete(MongoDatabase database, ClientSession session, Set<BsonValue> references);
}
