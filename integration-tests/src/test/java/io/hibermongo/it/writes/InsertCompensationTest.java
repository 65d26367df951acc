package io.hibermongo.it.writes;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.mongodb.MongoException;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.support.RefusingServer;
import io.hibermongo.it.writes.model.Account;
import jakarta.persistence.EntityManagerFactory;
import org.bson.Document;
import org.hibernate.JDBCException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A failed insert batch outside a transaction whose undoing fails too: on a server that refuses the
 * {@code delete} that removes the batch's inserted rows, the flush still fails with the insert's own
 * error (a duplicate key), the refused delete suppressed on it, and the rows it could not undo stay.
 * Runs on an in-process server of its own, the only one that can refuse exactly that command.
 */
class InsertCompensationTest {

	private static final String DATABASE = "it_InsertCompensationTest";

	@Test
	void failedCompensationKeepsTheOriginalErrorAndSuppressesItsOwn() {
		try ( RefusingServer server = new RefusingServer( "delete" ) ) {
			server.database( DATABASE ).getCollection( Account.COLLECTION )
					.insertOne( new Document( "_id", 13L ).append( "owner", "already there" ).append( "version", 0 ) );
			EntityManagerFactory factory = Persistence.mongoAt( server.uri( DATABASE ),
					Map.of( AvailableSettings.STATEMENT_BATCH_SIZE, 10 ), Account.class );
			Throwable thrown;
			try {
				thrown = catchThrowable( () -> Persistence.inTransaction( factory, em -> LongStream.rangeClosed( 1, 15 )
						.forEach( id -> em.persist( new Account( id, "owner-" + id, 100 ) ) ) ) );
			}
			finally {
				factory.close();
			}

			ConstraintViolationException violation = causes( thrown ).stream()
					.filter( ConstraintViolationException.class::isInstance ).map( ConstraintViolationException.class::cast )
					.findFirst().orElseThrow( () -> new AssertionError( "no ConstraintViolationException in", thrown ) );
			SQLException original = ( (JDBCException) violation ).getSQLException();
			assertThat( original.getSQLState() ).isEqualTo( "23505" );
			assertThat( original.getSuppressed() ).singleElement()
					.isInstanceOf( MongoException.class )
					.satisfies( suppressed -> assertThat( suppressed.getMessage() ).contains( "not authorized" ) );
			assertThat( server.database( DATABASE ).getCollection( Account.COLLECTION ).distinct( "_id", Long.class )
					.into( new ArrayList<>() ) ).containsExactlyInAnyOrder( 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L );
		}
	}

	private static List<Throwable> causes(Throwable thrown) {
		List<Throwable> chain = new ArrayList<>();
		for ( Throwable cause = thrown; cause != null && !chain.contains( cause ); cause = cause.getCause() ) {
			chain.add( cause );
		}
		return chain;
	}
}
