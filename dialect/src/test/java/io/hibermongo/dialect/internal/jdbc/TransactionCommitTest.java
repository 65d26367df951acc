package io.hibermongo.dialect.internal.jdbc;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.ServerAddress;
import com.mongodb.client.ClientSession;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Commit's retry and error mapping against a scripted {@link ClientSession} (the embedded server has no
 * transactions): an unknown commit result is retried, a bounded number of times; a transient transaction
 * error is not retried and surfaces as a {@link LockAcquisitionException} keeping the driver's error.
 */
class TransactionCommitTest {

	/** A session whose {@code commitTransaction} answers from a script: an exception to throw, or null for success. */
	private static final class ScriptedCommits {
		final List<MongoException> script;
		int calls;

		ScriptedCommits(MongoException... answers) {
			script = new ArrayList<>( Arrays.asList( answers ) );
		}

		ClientSession session() {
			return (ClientSession) Proxy.newProxyInstance( ClientSession.class.getClassLoader(), new Class<?>[] { ClientSession.class },
					(proxy, method, args) -> {
						if ( !method.getName().equals( "commitTransaction" ) ) {
							throw new UnsupportedOperationException( method.getName() );
						}
						calls++;
						MongoException answer = script.size() > 1 ? script.remove( 0 ) : script.get( 0 );
						if ( answer != null ) {
							throw answer;
						}
						return null;
					} );
		}
	}

	@Test
	void unknownCommitResultIsCommittedAgain() throws SQLException {
		ScriptedCommits commits = new ScriptedCommits( unknownResult(), unknownResult(), null );
		TransactionCommit.commit( commits.session() );
		assertThat( commits.calls ).isEqualTo( 3 );
	}

	@Test
	void unknownCommitResultGivesUpAfterTheLastAttempt() {
		ScriptedCommits commits = new ScriptedCommits( unknownResult() );
		assertThatThrownBy( () -> TransactionCommit.commit( commits.session() ) )
				.isInstanceOf( SQLException.class )
				.hasMessageContaining( "outcome is unknown after 4 attempts" )
				.satisfies( e -> assertThat( ( (SQLException) e ).getSQLState() ).isEqualTo( "08006" ) );
		assertThat( commits.calls ).isEqualTo( TransactionCommit.ATTEMPTS );
	}

	@Test
	void transientTransactionErrorAtCommitIsARetryableLockAcquisitionException() {
		MongoException aborted = error( 251, "NoSuchTransaction", MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL );
		ScriptedCommits commits = new ScriptedCommits( aborted );
		assertThatThrownBy( () -> TransactionCommit.commit( commits.session() ) )
				.isInstanceOf( LockAcquisitionException.class )
				.hasMessageContaining( "retry the whole transaction" )
				.hasRootCause( aborted );
		assertThat( commits.calls ).isOne();
	}

	@Test
	void otherCommitFailuresAreTranslatedAndNotRetried() {
		ScriptedCommits commits = new ScriptedCommits( error( 13, "Unauthorized" ) );
		assertThatThrownBy( () -> TransactionCommit.commit( commits.session() ) )
				.isInstanceOf( SQLException.class )
				.satisfies( e -> assertThat( ( (SQLException) e ).getSQLState() ).isEqualTo( "42501" ) );
		assertThat( commits.calls ).isOne();
	}

	private static MongoException unknownResult() {
		return error( 64, "WriteConcernFailed", MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL );
	}

	private static MongoException error(int code, String codeName, String... labels) {
		MongoCommandException e = new MongoCommandException( new BsonDocument( "ok", new BsonDouble( 0 ) ).append( "code", new BsonInt32( code ) )
				.append( "codeName", new BsonString( codeName ) ).append( "errmsg", new BsonString( codeName ) ), new ServerAddress() );
		for ( String label : labels ) {
			e.addLabel( label );
		}
		return e;
	}
}
