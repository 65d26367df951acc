package io.hibermongo.dialect.spi;

import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;

/**
 * How the rows Hibernate keeps in one collection table live in MongoDB: as the elements of the array
 * {@link #field()} of the owner's document. A row's element columns are fields of one array element
 * ({@link #elementPaths()}); the owner key columns are the owner's {@code _id}; the position column of an
 * ordered list is the element's index in the array.
 * <p>
 * The dialect translates Hibernate's row inserts, updates and deletes of the collection table into
 * {@link ArrayRow}s grouped by owner and asks {@link #writes} for the update statements that apply them to
 * the owner document; it reads rows by unwinding the array.
 */
public interface ArrayLayout {

	/** How a collection table changes: Hibernate's row operations on it. */
	enum Change {
		/** New rows (elements added). */
		INSERT,
		/** Rows whose element changed, addressed by position (lists) or key (maps). */
		UPDATE,
		/** Removed rows, addressed by position, key or element value. */
		DELETE,
		/** Every row of the owner: the collection is dereferenced (NULL), so the array goes away. */
		DELETE_ALL,
		/** No rows, but the collection exists (it was emptied or stored empty): an empty array. */
		CLEAR
	}

	/** The field path of the array in the owner document. */
	String field();

	/**
	 * Each element column of the collection table and its path inside one array element; the empty path is
	 * the element itself (a collection of basic values).
	 */
	Map<String, String> elementPaths();

	/** The position column of an ordered list ({@code @OrderColumn}), or null when the array order is not mapped. */
	String positionColumn();

	/** The value the position column holds for the first element ({@code @ListIndexBase}). */
	int positionBase();

	/**
	 * The update statements that apply {@code rows} of {@code change}, all of the owner {@code owner} (the
	 * filter selecting the owner document), in the order they must run. When the statements are rendered
	 * for the statement text, positions and element values are parameter placeholders
	 * (<code>{"$param": n}</code>).
	 */
	List<ArrayWrite> writes(Change change, BsonDocument owner, List<ArrayRow> rows);
}
