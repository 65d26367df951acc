package io.hibermongo.dialect.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.MongoSettings;
import io.hibermongo.dialect.internal.nativequery.NativeCommands;
import org.hibernate.HibernateException;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.jdbc.connections.spi.DatabaseConnectionInfo;
import org.hibernate.engine.jdbc.connections.internal.DatabaseConnectionInfoImpl;
import org.hibernate.dialect.Dialect;
import org.hibernate.service.spi.Configurable;
import org.hibernate.service.spi.Stoppable;

/**
 * Hibernate's source of JDBC connections, backed by one {@link MongoClient} per SessionFactory. Each
 * connection is a thin wrapper holding a {@code ClientSession} (when the server has sessions), so
 * Hibernate's transactions become MongoDB transactions where the server supports them.
 */
public final class MongoConnectionProvider implements ConnectionProvider, Configurable, Stoppable {

	private static final Logger LOG = Logger.getLogger( MongoConnectionProvider.class.getName() );

	private final CommandRegistry commands = new CommandRegistry();
	private final NativeCommands nativeCommands = new NativeCommands();
	private MongoClient client;
	private boolean ownsClient;
	private MongoDatabase database;
	private ServerCapabilities capabilities;
	private TransactionMode transactionMode;
	private String url;

	@Override
	public void configure(Map<String, Object> settings) {
		transactionMode = TransactionMode.parse( settings.get( MongoSettings.TRANSACTIONS ) );
		String databaseName = (String) settings.get( MongoSettings.DATABASE );
		Object borrowed = settings.get( MongoSettings.CLIENT );
		Object clientSettings = settings.get( MongoSettings.CLIENT_SETTINGS );
		url = url( settings );
		if ( borrowed instanceof MongoClient mongoClient ) {
			client = mongoClient;
		}
		else if ( clientSettings instanceof MongoClientSettings mongoClientSettings ) {
			client = MongoClients.create( mongoClientSettings );
			ownsClient = true;
		}
		else if ( url != null ) {
			ConnectionString connectionString = new ConnectionString( url );
			MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString( connectionString );
			Object user = settings.getOrDefault( JdbcSettings.JAKARTA_JDBC_USER, settings.get( JdbcSettings.USER ) );
			if ( user != null && connectionString.getCredential() == null ) {
				Object password = settings.getOrDefault( JdbcSettings.JAKARTA_JDBC_PASSWORD, settings.get( JdbcSettings.PASS ) );
				String authDatabase = connectionString.getDatabase() == null ? "admin" : connectionString.getDatabase();
				builder.credential( MongoCredential.createCredential( user.toString(), authDatabase,
						password == null ? new char[0] : password.toString().toCharArray() ) );
			}
			client = MongoClients.create( builder.build() );
			ownsClient = true;
			if ( databaseName == null ) {
				databaseName = connectionString.getDatabase();
			}
		}
		else {
			throw new HibernateException( "Hibermongo needs a connection: set jakarta.persistence.jdbc.url to a mongodb:// URL, or pass a MongoClient in "
					+ MongoSettings.CLIENT + " or MongoClientSettings in " + MongoSettings.CLIENT_SETTINGS );
		}
		database = client.getDatabase( databaseName == null ? "test" : databaseName );
		try {
			capabilities = ServerCapabilities.probe( database );
		}
		catch (MongoException e) {
			stop();
			java.sql.SQLException translated = Errors.translate( e, "connecting to " + withoutCredentials( url ) );
			throw new MongoErrorConversion().convert( translated, translated.getMessage(), null );
		}
		catch (RuntimeException e) {
			stop();
			throw e;
		}
		if ( transactionMode == TransactionMode.REQUIRED && !capabilities.transactions() ) {
			stop();
			throw new HibernateException( "hibernate.mongodb.transactions=required, but the server at " + withoutCredentials( url )
					+ " does not support transactions (it must be a replica set or sharded cluster)" );
		}
		if ( transactionMode == TransactionMode.AUTO && !capabilities.transactions() ) {
			LOG.info( "The MongoDB server has no transactions (not a replica set): each statement runs on its own" );
		}
	}

	static String url(Map<String, Object> settings) {
		for ( String key : new String[] { JdbcSettings.JAKARTA_JDBC_URL, JdbcSettings.URL, "javax.persistence.jdbc.url" } ) {
			Object value = settings.get( key );
			if ( value != null ) {
				return value.toString();
			}
		}
		return null;
	}

	/** {@code url} without the user name and password a {@code mongodb://user:password@host} URL may hold, for messages. */
	static String withoutCredentials(String url) {
		return url == null ? "the configured MongoClient" : url.replaceFirst( "^(mongodb(\\+srv)?://)[^@/]*@", "$1" );
	}

	/** True when these settings name a MongoDB server, so that this provider should serve them. */
	public static boolean handles(Map<String, Object> settings) {
		String url = url( settings );
		return url != null && url.startsWith( "mongodb" ) || settings.get( MongoSettings.CLIENT ) != null
				|| settings.get( MongoSettings.CLIENT_SETTINGS ) != null;
	}

	public CommandRegistry commands() {
		return commands;
	}

	/** The native MQL commands of this SessionFactory, parsed once per statement text. */
	public NativeCommands nativeCommands() {
		return nativeCommands;
	}

	public MongoDatabase database() {
		return database;
	}

	public MongoClient client() {
		return client;
	}

	ServerCapabilities capabilities() {
		return capabilities;
	}

	boolean usesTransactions() {
		return transactionMode != TransactionMode.DISABLED && capabilities.transactions();
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return new MongoConnection( this, capabilities.sessions() ? client.startSession() : null );
		}
		catch (MongoException e) {
			throw Errors.translate( e, "starting a session" );
		}
	}

	@Override
	public void closeConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public DatabaseConnectionInfo getDatabaseConnectionInfo(Dialect dialect) {
		return new DatabaseConnectionInfoImpl( MongoConnectionProvider.class, url, "mongodb-driver-sync", dialect.getClass(),
				dialect.getVersion(), false, false, null, null, null, null, null, null, null );
	}

	@Override
	public boolean isUnwrappableAs(Class<?> unwrapType) {
		return unwrapType.isInstance( this );
	}

	@Override
	public <T> T unwrap(Class<T> unwrapType) {
		return unwrapType.cast( this );
	}

	@Override
	public void stop() {
		if ( ownsClient && client != null ) {
			client.close();
		}
	}
}
