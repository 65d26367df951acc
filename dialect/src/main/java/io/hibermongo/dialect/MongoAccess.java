package io.hibermongo.dialect;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.mongodb.MongoCommandException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.hibermongo.dialect.internal.jdbc.ExplainCapture;
import io.hibermongo.dialect.internal.jdbc.HeldInsertsAtFlushEnd;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * The MongoDB driver next to the ORM, in the same session and transaction: the database, the collection
 * of an entity class, and the connection's {@link ClientSession}, so that raw driver calls and Hibernate's
 * own commands see each other's writes and commit or roll back together.
 * <pre>{@code
 * MongoAccess mongo = MongoAccess.of( entityManager );
 * MongoCollection<Document> entries = mongo.collection( Entry.class );  // the session is flushed first
 * entries.updateMany( mongo.clientSession(), Filters.eq( "rating", 1 ), Updates.inc( "rating", 1 ) );
 * List<Entry> rated = mongo.aggregate( Entry.class, List.of( Aggregates.match( Filters.gt( "rating", 3 ) ) ) );
 * }</pre>
 * ({@link #clientSession()} is null on servers without sessions and outside transactions: call the
 * driver's methods without a session there.)
 * {@link #explain(Query)} tells what the server plans for a query and whether it uses an index.
 * <p>
 * Works with a {@link Session}, any {@link EntityManager} (also a container's or Spring's shared one, which
 * is unwrapped on every call, so inside a transaction it is the transaction's) and a
 * {@link StatelessSession}. Every method that hands out a driver object first flushes the session (when a
 * transaction is in progress and the flush mode is not {@code MANUAL}), so raw calls see what the ORM
 * wrote. Raw writes bypass the persistence context: entities already loaded are not updated, as after a
 * native update; refresh or clear them.
 */
public final class MongoAccess {

	private static final int COMMAND_NOT_FOUND = 59;

	private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode( JsonMode.EXTENDED ).build();

	private final Supplier<SharedSessionContractImplementor> session;

	private MongoAccess(Supplier<SharedSessionContractImplementor> session) {
		this.session = session;
	}

	/** Driver access through a {@link Session} or JPA {@link EntityManager} on a SessionFactory with {@link MongoDialect}. */
	public static MongoAccess of(EntityManager entityManager) {
		return checked( new MongoAccess( () -> entityManager.unwrap( SharedSessionContractImplementor.class ) ) );
	}

	/** Driver access through a {@link StatelessSession} on a SessionFactory with {@link MongoDialect}. */
	public static MongoAccess of(StatelessSession statelessSession) {
		SharedSessionContractImplementor implementor = (SharedSessionContractImplementor) statelessSession;
		return checked( new MongoAccess( () -> implementor ) );
	}

	private static MongoAccess checked(MongoAccess access) {
		if ( !( access.session.get().getJdbcServices().getDialect() instanceof MongoDialect ) ) {
			throw new IllegalArgumentException( "MongoAccess needs a session of a SessionFactory with " + MongoDialect.class.getName() );
		}
		return access;
	}

	/** The session, flushed if a transaction is in progress and its flush mode is not {@code MANUAL}. */
	private SharedSessionContractImplementor flushed() {
		SharedSessionContractImplementor current = session.get();
		if ( current instanceof Session stateful && current.isTransactionInProgress()
				&& current.getHibernateFlushMode() != FlushMode.MANUAL ) {
			stateful.flush();
		}
		// what a StatelessSession (or a flush outside a transaction) left held is sent before driver calls read
		HeldInsertsAtFlushEnd.send( current );
		return current;
	}

	/** The database the SessionFactory stores its entities in. */
	public MongoDatabase database() {
		return database( flushed() );
	}

	private static MongoDatabase database(SharedSessionContractImplementor session) {
		return session.getFactory().getServiceRegistry().requireService( ConnectionProvider.class )
				.unwrap( MongoConnectionProvider.class ).database();
	}

	/** The collection {@code entityClass} is stored in, as documents. */
	public MongoCollection<Document> collection(Class<?> entityClass) {
		return collection( entityClass, Document.class );
	}

	/** The collection {@code entityClass} is stored in, its documents decoded as {@code documentClass}. */
	public <T> MongoCollection<T> collection(Class<?> entityClass, Class<T> documentClass) {
		SharedSessionContractImplementor current = flushed();
		return database( current ).getCollection( collectionName( current, entityClass ), documentClass );
	}

	/** The name of the collection {@code entityClass} is stored in (its table name in the mapping). */
	public String collectionName(Class<?> entityClass) {
		return collectionName( session.get(), entityClass );
	}

	private static String collectionName(SharedSessionContractImplementor session, Class<?> entityClass) {
		return ( (AbstractEntityPersister) session.getFactory().getMappingMetamodel().getEntityDescriptor( entityClass ) ).getTableName();
	}

	/**
	 * The {@link ClientSession} of the session's connection, with its MongoDB transaction started when the
	 * ORM's transaction uses one: pass it to driver calls so they join that transaction. Null when no
	 * transaction is in progress (the connection may be released after each statement, closing its
	 * ClientSession) and on servers without sessions, such as the embedded mongo-java-server; driver calls
	 * without a session run on their own, and every driver method has such a variant.
	 */
	public ClientSession clientSession() {
		SharedSessionContractImplementor current = flushed();
		if ( !current.isTransactionInProgress() ) {
			return null;
		}
		return current.doReturningWork( connection -> connection.isWrapperFor( ClientSession.class )
				? connection.unwrap( ClientSession.class ) : null );
	}

	/**
	 * What the server plans for {@code query} (a select query of this session: HQL, Criteria or native):
	 * the command it would send, with its parameter values, is explained instead of run, outside any
	 * transaction ({@code explain} is not allowed in one).
	 *
	 * @throws UnsupportedOperationException on a server without the {@code explain} command, such as the
	 * embedded mongo-java-server
	 * @throws IllegalStateException when the query sent no command (its result came from the query cache)
	 */
	public QueryExplanation explain(Query query) {
		SharedSessionContractImplementor current = session.get();
		BsonDocument command = ExplainCapture.capture( query::getResultList );
		if ( command == null ) {
			throw new IllegalStateException( "The query sent no command to explain; was its result taken from the query cache?" );
		}
		try {
			return new QueryExplanation( command, database( current ).runCommand(
					new BsonDocument( "explain", command ).append( "verbosity", new BsonString( "queryPlanner" ) ), BsonDocument.class ) );
		}
		catch (MongoCommandException e) {
			if ( e.getErrorCode() == COMMAND_NOT_FOUND ) {
				throw new UnsupportedOperationException( "The MongoDB server has no explain command (the embedded mongo-java-server has "
						+ "none); explain " + command.toJson() + " on a real MongoDB server", e );
			}
			throw e;
		}
	}

	/** What the server plans for the HQL select query {@code hql} with the named {@code parameters}; see {@link #explain(Query)}. */
	public QueryExplanation explain(String hql, Map<String, ?> parameters) {
		Query query = session.get().createQuery( hql, Object.class );
		parameters.forEach( query::setParameter );
		return explain( query );
	}

	/**
	 * Runs {@code pipeline} on the collection of {@code entityClass} as a native query and returns its
	 * documents as entities: managed ones through a {@link Session} or {@link EntityManager}. The
	 * documents must have the entity's layout (as {@code $match}, {@code $sort} or a {@code $lookup} ending
	 * in {@code $replaceRoot} leave them); missing fields read as NULL. The pipeline is written into the
	 * statement text (exactly, as Extended JSON): for values that change from call to call prefer
	 * {@code createNativeQuery} with parameters, whose text stays the same.
	 */
	public <E> List<E> aggregate(Class<E> entityClass, List<? extends Bson> pipeline) {
		SharedSessionContractImplementor current = session.get();
		BsonArray stages = new BsonArray();
		for ( Bson stage : pipeline ) {
			stages.add( stage.toBsonDocument( BsonDocument.class, database( current ).getCodecRegistry() ) );
		}
		BsonDocument command = new BsonDocument( "aggregate", new BsonString( collectionName( current, entityClass ) ) )
				.append( "pipeline", stages );
		return current.createNativeQuery( command.toJson( EXACT ), entityClass ).getResultList();
	}
}
