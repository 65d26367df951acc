package io.hibermongo.dialect.internal.jdbc;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.hibernate.HibernateException;

/**
 * Asks the server once, at startup, whether it runs pipeline updates ({@code [{$addFields: …}]},
 * MongoDB 4.2+), with an update in pipeline form that matches nothing. Only the server's own refusal of
 * the pipeline form means "no": then computed bulk updates take the non-atomic read-then-write path
 * ({@link ComputedUpdate}). A transient failure (network, failover, timeout) is retried; any other
 * failure (authorization, for one) stops the startup, since guessing "no" would silently make every
 * computed update non-atomic.
 */
final class PipelineUpdateProbe {

	private static final Logger LOG = Logger.getLogger( PipelineUpdateProbe.class.getName() );

	private static final int ATTEMPTS = 3;
	private static final long BACKOFF_MILLIS = 250;

	/**
	 * How a server refuses the pipeline form: FailedToParse (9) and TypeMismatch (14, MongoDB 4.0's
	 * "'update.updates.u' is the wrong type 'array', expected type 'object'"). mongo-java-server answers
	 * with an internal cast error that carries no code (-1): MongoDB itself always sends one.
	 */
	private static final Set<Integer> REFUSALS = Set.of( 9, 14, -1 );

	/** Server errors that go away on their own: network, failover, shutdown, time limits. */
	private static final Set<Integer> TRANSIENT = Set.of( 6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436 );

	/** The label MongoDB puts on write errors that a retry may overcome. */
	private static final String RETRYABLE_WRITE = "RetryableWriteError";

	private PipelineUpdateProbe() {
	}

	static boolean acceptsPipelineUpdate(MongoDatabase database) {
		for ( int attempt = 1; ; attempt++ ) {
			try {
				database.getCollection( "hibermongo_capability_probe", BsonDocument.class ).updateOne(
						new BsonDocument( "_id", new BsonString( "never-present" ) ),
						List.of( new BsonDocument( "$addFields", new BsonDocument( "probe", new BsonInt32( 1 ) ) ) ) );
				return true;
			}
			catch (MongoException e) {
				if ( isRefusal( e ) ) {
					LOG.info( "The server does not accept pipeline updates (" + e.getMessage()
							+ "); computed bulk updates are read and then written document by document, which is not atomic" );
					return false;
				}
				if ( !isTransient( e ) ) {
					throw failure( "", e );
				}
				if ( attempt == ATTEMPTS ) {
					throw failure( " after " + ATTEMPTS + " attempts", e );
				}
				pause( attempt, e );
			}
		}
	}

	private static boolean isRefusal(MongoException e) {
		return ( e instanceof MongoCommandException || e instanceof MongoWriteException ) && REFUSALS.contains( e.getCode() );
	}

	private static boolean isTransient(MongoException e) {
		return e instanceof MongoSocketException || e instanceof MongoTimeoutException || e instanceof MongoExecutionTimeoutException
				|| e instanceof MongoNotPrimaryException || e instanceof MongoNodeIsRecoveringException
				|| e.hasErrorLabel( RETRYABLE_WRITE ) || e.hasErrorLabel( MongoException.RETRYABLE_ERROR_LABEL )
				|| TRANSIENT.contains( e.getCode() );
	}

	private static void pause(int attempt, MongoException cause) {
		try {
			Thread.sleep( BACKOFF_MILLIS * attempt );
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw failure( " (interrupted while waiting to retry)", cause );
		}
	}

	private static HibernateException failure(String when, MongoException cause) {
		return new HibernateException( "Hibermongo could not find out whether the MongoDB server accepts pipeline updates"
				+ " (computed bulk updates such as 'set x = x + 1' depend on it)" + when + ": " + cause.getMessage(), cause );
	}
}
