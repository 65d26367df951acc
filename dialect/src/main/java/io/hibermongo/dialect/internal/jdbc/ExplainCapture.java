package io.hibermongo.dialect.internal.jdbc;

import java.util.function.Supplier;

import org.bson.BsonDocument;

/**
 * Shows the explain helper the command a query would run, with its values bound, instead of running it:
 * while {@link #capture} runs a query on this thread, each query statement hands its final command here
 * (the first one is kept) and returns no rows.
 */
public final class ExplainCapture {

	private static final ThreadLocal<ExplainCapture> ACTIVE = new ThreadLocal<>();

	private BsonDocument command;

	private ExplainCapture() {
	}

	/** Runs {@code query} and returns the command its first read would have sent; null when it sent none. */
	public static BsonDocument capture(Runnable query) {
		ExplainCapture outer = ACTIVE.get();
		ExplainCapture capture = new ExplainCapture();
		ACTIVE.set( capture );
		try {
			query.run();
		}
		finally {
			if ( outer == null ) {
				ACTIVE.remove();
			}
			else {
				ACTIVE.set( outer );
			}
		}
		return capture.command;
	}

	/** Whether a capture runs on this thread; if so it keeps {@code command} (the first offered) and the read must return no rows. */
	static boolean took(Supplier<BsonDocument> command) {
		ExplainCapture capture = ACTIVE.get();
		if ( capture == null ) {
			return false;
		}
		if ( capture.command == null ) {
			capture.command = command.get();
		}
		return true;
	}
}
