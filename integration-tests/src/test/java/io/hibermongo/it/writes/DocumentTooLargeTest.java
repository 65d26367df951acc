package io.hibermongo.it.writes;

import java.util.Map;

import io.hibermongo.it.support.MongoServerExtension;
import io.hibermongo.it.support.Persistence;
import io.hibermongo.it.transactions.model.Stock;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document over MongoDB's 16 MiB limit, refused by the driver before it is sent, is a
 * {@link DataException} pointing to GridFS, not a bare BSON exception, and nothing is stored.
 */
class DocumentTooLargeTest {

	@RegisterExtension
	static final MongoServerExtension mongo = new MongoServerExtension();

	@Test
	void anEntityOverTheDocumentSizeLimitIsADataException() {
		try ( EntityManagerFactory factory = Persistence.mongo( mongo.databaseName(), Map.of(), Stock.class ) ) {
			assertThatThrownBy( () -> Persistence.persist( factory, new Stock( 1L, "x".repeat( 17 * 1024 * 1024 ), 1 ) ) )
					.hasCauseInstanceOf( DataException.class )
					.hasStackTraceContaining( "larger than MongoDB's 16 MiB limit" );
		}
		assertThat( mongo.database().getCollection( Stock.COLLECTION ).countDocuments() ).isZero();
	}
}
