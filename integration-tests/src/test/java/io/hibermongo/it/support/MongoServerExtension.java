package io.hibermongo.it.support;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a database of its own on the {@link TestServer}, dropped before the class's first
 * test so every run starts from nothing. Register it on a static field:
 * <pre>{@code
 * @RegisterExtension
 * static final MongoServerExtension mongo = new MongoServerExtension();
 * }</pre>
 * and read {@link #databaseName()} or {@link #database()} from {@code @BeforeAll} on.
 */
public final class MongoServerExtension implements BeforeAllCallback {

	private static final int MAXIMUM_NAME_LENGTH = 60;

	private String databaseName;

	@Override
	public void beforeAll(ExtensionContext context) {
		databaseName = databaseNameFor( context.getRequiredTestClass() );
		TestServer.client().getDatabase( databaseName ).drop();
	}

	/** The name of this test class's database. */
	public String databaseName() {
		if ( databaseName == null ) {
			throw new IllegalStateException( "The database is chosen in BeforeAll: register the extension on a static field" );
		}
		return databaseName;
	}

	/** This test class's database, through the shared inspection client. */
	public MongoDatabase database() {
		return TestServer.client().getDatabase( databaseName() );
	}

	/** The {@code mongodb://} URL of this test class's database. */
	public String uri() {
		return TestServer.uri( databaseName() );
	}

	private static String databaseNameFor(Class<?> testClass) {
		String name = "it_" + testClass.getSimpleName().replaceAll( "[^A-Za-z0-9_]", "_" );
		return name.length() <= MAXIMUM_NAME_LENGTH ? name : name.substring( 0, MAXIMUM_NAME_LENGTH );
	}
}
