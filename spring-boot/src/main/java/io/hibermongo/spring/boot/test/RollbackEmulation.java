package io.hibermongo.spring.boot.test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.MongoSettings;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * The rollback a transactional test expects, on a server without transactions (the in-process
 * mongo-java-server): the documents are read before the test method and, if the test's transaction was
 * rolled back, put back afterwards wherever the test changed them. Hibernate's writes reach the server at
 * each flush, so without this a {@code @DataJpaTest}'s data would stay for the next test. Counters of
 * generated ids are left as they are, as sequences are on a relational database.
 * <p>
 * Runs around Spring's {@code TransactionalTestExecutionListener} (order 4000): the snapshot is taken before
 * the test transaction starts and restored after it ended. It does nothing for other test contexts.
 */
public final class RollbackEmulation extends AbstractTestExecutionListener {

	private static final String SNAPSHOT = RollbackEmulation.class.getName() + ".snapshot";
	private static final String ROLLED_BACK = RollbackEmulation.class.getName() + ".rolledBack";

	@Override
	public int getOrder() {
		return 3_900;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		MongoDatabase database = database( testContext );
		if ( database != null ) {
			testContext.setAttribute( SNAPSHOT, read( database, counterCollection( testContext ) ) );
		}
	}

	@Override
	public void afterTestExecution(TestContext testContext) {
		if ( testContext.hasAttribute( SNAPSHOT ) && TestTransaction.isActive() && TestTransaction.isFlaggedForRollback() ) {
			testContext.setAttribute( ROLLED_BACK, Boolean.TRUE );
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public void afterTestMethod(TestContext testContext) {
		Map<String, List<BsonDocument>> snapshot = (Map<String, List<BsonDocument>>) testContext.removeAttribute( SNAPSHOT );
		Object rolledBack = testContext.removeAttribute( ROLLED_BACK );
		MongoDatabase database = database( testContext );
		if ( snapshot == null || rolledBack == null || database == null ) {
			return;
		}
		Map<String, List<BsonDocument>> now = read( database, counterCollection( testContext ) );
		for ( Map.Entry<String, List<BsonDocument>> collection : now.entrySet() ) {
			List<BsonDocument> before = snapshot.getOrDefault( collection.getKey(), List.of() );
			if ( !before.equals( collection.getValue() ) ) {
				MongoCollection<BsonDocument> documents = database.getCollection( collection.getKey(), BsonDocument.class );
				documents.deleteMany( new BsonDocument() );
				if ( !before.isEmpty() ) {
					documents.insertMany( before );
				}
			}
		}
	}

	private static Map<String, List<BsonDocument>> read(MongoDatabase database, String counterCollection) {
		Map<String, List<BsonDocument>> documents = new HashMap<>();
		for ( String name : database.listCollectionNames() ) {
			if ( !name.equals( counterCollection ) && !name.startsWith( "system." ) ) {
				documents.put( name, database.getCollection( name, BsonDocument.class ).find().into( new ArrayList<>() ) );
			}
		}
		return documents;
	}

	private static MongoDatabase database(TestContext testContext) {
		if ( !testContext.hasApplicationContext() ) {
			return null;
		}
		ApplicationContext context = testContext.getApplicationContext();
		TestMongoConnectionDetails details = context.getBeanProvider( TestMongoConnectionDetails.class ).getIfAvailable();
		MongoClient client = context.getBeanProvider( MongoClient.class ).getIfUnique();
		EntityManagerFactory unit = context.getBeanProvider( EntityManagerFactory.class ).getIfUnique();
		if ( details == null || !details.inProcess() || client == null || unit == null ) {
			return null;
		}
		// The persistence unit's database, which spring.mongodb.database may have changed.
		return client.getDatabase( (String) unit.getProperties().getOrDefault( MongoSettings.DATABASE, details.database() ) );
	}

	private static String counterCollection(TestContext testContext) {
		Environment environment = testContext.getApplicationContext().getEnvironment();
		return environment.getProperty( "spring.jpa.properties.hibernate.mongodb.sequence_collection", "hibernate_sequences" );
	}
}
