package io.hibermongo.dialect.internal.id;

import java.util.List;

/**
 * One counter that hands out ids, and what must hold for it to be safe.
 *
 * @param kind the JPA strategy behind it
 * @param generator what the user named: the sequence name, the table generator's segment value, or the
 *        IDENTITY collection
 * @param collection the counter collection holding it
 * @param counter its {@code _id} there
 * @param field the field holding its value
 * @param storedOffset the next id handed out is the stored value plus this (1 for a {@code @TableGenerator}
 *        storing the last value used, as Hibernate does by default; otherwise 0)
 * @param headroom the counter is safe when the next value it hands out is at least the highest id plus
 *        this: the block size for pooled optimizers (whose blocks end at the value handed out), else 1
 * @param initialValue the first id handed out when the counter does not exist yet
 * @param entityCollections the collections whose {@code _id}s come from it
 */
public record GeneratedCounter(Kind kind, String generator, String collection, String counter, String field, long storedOffset,
		long headroom, long initialValue, List<String> entityCollections) {

	/** The JPA generation strategy of a counter. */
	public enum Kind { SEQUENCE, TABLE, IDENTITY }

	/** The value to store so that the next id handed out is {@code nextId}. */
	public long storedValueFor(long nextId) {
		return nextId - storedOffset;
	}

	/** The lowest next id that cannot repeat an id up to {@code highestId}. */
	public long safeNextId(long highestId) {
		return highestId + headroom;
	}
}
