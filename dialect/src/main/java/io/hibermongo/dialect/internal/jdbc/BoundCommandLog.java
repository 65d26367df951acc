package io.hibermongo.dialect.internal.jdbc;

import java.util.function.Supplier;

import io.hibermongo.dialect.internal.mql.MqlCommand;
import org.bson.BsonDocument;
import org.jboss.logging.Logger;

/**
 * Logs each execution's command with its parameter values in their places, as MongoDB receives it, at
 * TRACE on the category where Hibernate logs JDBC bind values ({@value #CATEGORY}), so it appears next
 * to Hibernate's own {@code binding parameter} lines. The command is only rendered when TRACE is on.
 */
final class BoundCommandLog {

	static final String CATEGORY = "org.hibernate.orm.jdbc.bind";

	private static final Logger LOG = Logger.getLogger( CATEGORY );

	private BoundCommandLog() {
	}

	static void executing(Supplier<BsonDocument> command) {
		if ( LOG.isTraceEnabled() ) {
			LOG.tracef( "executing with bound values: %s", command.get().toJson( MqlCommand.TEXT ) );
		}
	}
}
