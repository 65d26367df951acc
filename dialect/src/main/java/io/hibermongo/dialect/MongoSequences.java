package io.hibermongo.dialect;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.hibermongo.dialect.internal.id.CounterCollection;
import io.hibermongo.dialect.internal.id.GeneratedCounter;
import io.hibermongo.dialect.internal.id.GeneratorScan;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Checks and repairs the counters behind generated ids (SEQUENCE, TABLE and IDENTITY), for adopting a
 * database that was written by something else, or after a restore.
 * <pre>{@code
 * MongoSequences sequences = MongoSequences.of( entityManagerFactory );
 * sequences.report();   // each counter's next value and the highest id in its collections
 * sequences.reseed();   // raises every counter that is behind to max(id) + 1 (+ the pooled block)
 * }</pre>
 * A counter is behind when the next id it would hand out could already exist. Reseeding only ever
 * raises a counter (MongoDB's {@code $max}), so it is safe while the application runs.
 * {@code hibernate.hbm2ddl.auto=validate} refuses to start with a counter behind, and {@code update}
 * reseeds it, both through this class.
 */
public final class MongoSequences {

	private final MongoDatabase database;
	private final List<GeneratedCounter> counters;

	private MongoSequences(MongoDatabase database, List<GeneratedCounter> counters) {
		this.database = database;
		this.counters = counters;
	}

	/** The counters of the entities of {@code factory} (an {@code EntityManagerFactory} or {@code SessionFactory}). */
	public static MongoSequences of(EntityManagerFactory factory) {
		SessionFactoryImplementor sessionFactory = factory.unwrap( SessionFactoryImplementor.class );
		if ( !( sessionFactory.getJdbcServices().getDialect() instanceof MongoDialect dialect ) ) {
			throw new IllegalArgumentException( "MongoSequences needs a persistence unit that uses MongoDialect" );
		}
		MongoDatabase database = sessionFactory.getServiceRegistry().requireService( ConnectionProvider.class )
				.unwrap( MongoConnectionProvider.class ).database();
		return new MongoSequences( database, GeneratorScan.counters( sessionFactory, dialect.getSequenceCollection() ) );
	}

	/** The state of every counter, in mapping order. */
	public List<Counter> report() {
		List<Counter> report = new ArrayList<>( counters.size() );
		for ( GeneratedCounter counter : counters ) {
			report.add( inspect( counter ) );
		}
		return report;
	}

	/** Raises every counter that is behind its data; returns the state of all counters afterwards. */
	public List<Counter> reseed() {
		List<Counter> after = new ArrayList<>( counters.size() );
		for ( GeneratedCounter counter : counters ) {
			after.add( reseed( counter ) );
		}
		return after;
	}

	/** Raises the counter of the generator named {@code generator} (sequence name, segment value or IDENTITY collection) if behind. */
	public Counter reseed(String generator) {
		for ( GeneratedCounter counter : counters ) {
			if ( counter.generator().equals( generator ) ) {
				return reseed( counter );
			}
		}
		throw new IllegalArgumentException( "No id generator named '" + generator + "'; known: "
				+ counters.stream().map( GeneratedCounter::generator ).toList() );
	}

	private Counter reseed(GeneratedCounter counter) {
		Counter state = inspect( counter );
		if ( state.behind() ) {
			counters( counter ).raiseTo( counter.counter(), counter.storedValueFor( counter.safeNextId( state.highestId() ) ) );
			return inspect( counter );
		}
		return state;
	}

	private Counter inspect(GeneratedCounter counter) {
		BsonValue stored = counters( counter ).currentValue( counter.counter() );
		Long nextValue = stored != null && stored.isNumber() ? stored.asNumber().longValue() + counter.storedOffset() : null;
		Long highest = highestId( counter.entityCollections() );
		boolean behind;
		if ( stored != null && !stored.isNumber() ) {
			behind = true;
		}
		else if ( highest == null ) {
			behind = false;
		}
		else if ( nextValue == null ) {
			behind = counter.initialValue() <= highest;
		}
		else {
			behind = nextValue < counter.safeNextId( highest );
		}
		return new Counter( counter.kind().name(), counter.generator(), counter.collection(), counter.counter(), nextValue, highest,
				counter.entityCollections(), behind );
	}

	private CounterCollection counters(GeneratedCounter counter) {
		return new CounterCollection( database, counter.collection(), counter.field() );
	}

	private Long highestId(List<String> collections) {
		Long highest = null;
		for ( String collection : collections ) {
			BsonDocument top = database.getCollection( collection, BsonDocument.class )
					.find( new BsonDocument( "_id", new BsonDocument( "$type", new BsonString( "number" ) ) ) )
					.projection( Projections.include( "_id" ) ).sort( Sorts.descending( "_id" ) ).limit( 1 ).first();
			if ( top != null ) {
				long id = top.get( "_id" ).asNumber().longValue();
				highest = highest == null ? id : Math.max( highest, id );
			}
		}
		return highest;
	}

	/**
	 * One counter's state.
	 *
	 * @param kind {@code SEQUENCE}, {@code TABLE} or {@code IDENTITY}
	 * @param generator the sequence name, {@code @TableGenerator} segment value, or IDENTITY collection
	 * @param collection the collection holding the counter
	 * @param counter the counter document's {@code _id}
	 * @param nextValue the next value the counter hands out; null when it does not exist yet (or holds no number)
	 * @param highestId the highest numeric {@code _id} in {@code idCollections}; null when there is none
	 * @param idCollections the collections whose ids come from this counter
	 * @param behind true when the counter could hand out an id that already exists
	 */
	public record Counter(String kind, String generator, String collection, String counter, Long nextValue, Long highestId,
			List<String> idCollections, boolean behind) {

		@Override
		public String toString() {
			return kind + " '" + generator + "' (counter '" + counter + "' in " + collection + "): next value "
					+ ( nextValue == null ? "none yet" : nextValue ) + ", highest id " + ( highestId == null ? "none" : highestId )
					+ " in " + idCollections + ( behind ? " — BEHIND" : "" );
		}
	}
}
