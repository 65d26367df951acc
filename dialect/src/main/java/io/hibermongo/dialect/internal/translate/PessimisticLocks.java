package io.hibermongo.dialect.internal.translate;

import io.hibermongo.dialect.FeatureNotSupportedException;
import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Timeouts;

/**
 * How a select under a pessimistic lock mode ({@code PESSIMISTIC_READ}, {@code PESSIMISTIC_WRITE},
 * {@code PESSIMISTIC_FORCE_INCREMENT}, {@code UPGRADE_NOWAIT}: {@code select … for update},
 * {@code em.lock}, {@code find(…, lockMode)}, {@code refresh(…, lockMode)}) is translated: its {@code find}
 * becomes a {@link MqlCommand.LockingRead}, which writes the documents it read inside the transaction. All
 * pessimistic modes take that write lock: MongoDB has no shared document locks, and JPA allows
 * {@code PESSIMISTIC_WRITE} where {@code PESSIMISTIC_READ} was asked. A conflicting lock fails at once
 * (MongoDB aborts the transaction on a write conflict instead of waiting), so {@code NOWAIT} is exact and
 * a lock timeout is a hint that is never waited out, as JPA permits. Refused by name: {@code SKIP LOCKED}
 * (a transaction cannot try a lock without aborting when it is taken) and locks on reads that need an
 * aggregate pipeline (the rows of grouping, DISTINCT or computed columns are not documents one can lock).
 */
final class PessimisticLocks {

	private PessimisticLocks() {
	}

	/** {@code command} as it runs under {@code options}: unchanged without a pessimistic lock mode. */
	static MqlCommand apply(LockOptions options, MqlCommand command, String statement) {
		if ( options == null || !options.getLockMode().isPessimistic() ) {
			return command;
		}
		LockMode mode = options.getLockMode();
		if ( mode == LockMode.UPGRADE_SKIPLOCKED || options.getTimeout().milliseconds() == Timeouts.SKIP_LOCKED_MILLI ) {
			throw FeatureNotSupportedException.construct( "SKIP LOCKED (" + mode + ")", statement
					+ "; a MongoDB transaction cannot try a lock without being aborted when another transaction holds it" );
		}
		if ( command instanceof MqlCommand.Find find ) {
			return new MqlCommand.LockingRead( find, mode.name() );
		}
		throw FeatureNotSupportedException.construct( "Pessimistic locking (" + mode + ") of a query that needs an aggregate pipeline"
				+ " (joins, grouping, DISTINCT, computed columns or sort keys)", statement );
	}
}
