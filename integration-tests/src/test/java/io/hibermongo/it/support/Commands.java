package io.hibermongo.it.support;

import java.lang.ref.WeakReference;
import java.util.function.BooleanSupplier;

import io.hibermongo.dialect.internal.jdbc.CommandRegistry;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The commands a factory has registered, for the tests that watch how many there are and how long they
 * live, and a way to make the garbage collector drop what is no longer referenced.
 */
public final class Commands {

	private Commands() {
	}

	/** The registry of translated commands of {@code factory}'s SessionFactory. */
	public static CommandRegistry of(EntityManagerFactory factory) {
		return factory.unwrap( SessionFactoryImplementor.class ).getServiceRegistry()
				.requireService( ConnectionProvider.class ).unwrap( MongoConnectionProvider.class ).commands();
	}

	/**
	 * Runs full collections until {@code done}, for at most 10 seconds: a cleared weak reference reaches
	 * its queue (whence a {@code WeakHashMap} drops the entry) a little after the collection that cleared it.
	 */
	public static void collectGarbageUntil(BooleanSupplier done) {
		WeakReference<Object> sentinel = new WeakReference<>( new Object() );
		long deadline = System.nanoTime() + 10_000_000_000L;
		do {
			System.gc();
			Thread.onSpinWait();
		}
		while ( ( sentinel.get() != null || !done.getAsBoolean() ) && System.nanoTime() < deadline );
	}
}
