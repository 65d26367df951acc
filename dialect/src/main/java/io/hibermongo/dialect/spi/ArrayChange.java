package io.hibermongo.dialect.spi;

/**
 * Implemented by a mutation of a collection table (a {@code TableMutation}) that names the array change
 * it stands for, where Hibernate's row operations cannot say it: emptying a collection that still exists
 * ({@link ArrayLayout.Change#CLEAR}) is, relationally, the same delete of all rows as dereferencing it.
 * The embedded-types module's collection persister issues such mutations.
 */
public interface ArrayChange {

	ArrayLayout.Change arrayChange();
}
