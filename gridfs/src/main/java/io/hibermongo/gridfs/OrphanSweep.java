package io.hibermongo.gridfs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.hibermongo.dialect.MongoDialect;
import io.hibermongo.dialect.internal.jdbc.MongoConnectionProvider;
import io.hibermongo.dialect.internal.layout.ReferenceField;
import io.hibermongo.dialect.internal.translate.MongoSqlAstTranslatorFactory;
import io.hibermongo.gridfs.internal.GridFsLobJdbcType;
import jakarta.persistence.EntityManagerFactory;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A safety net behind the automatic cleanup: finds the LOB files that no document references any more
 * (left by a crash between an upload and its write, for instance) and deletes them.
 * <pre>{@code
 * SweepReport report = OrphanSweep.sweep( entityManagerFactory, Duration.ofHours( 1 ) );
 * }</pre>
 * Every bucket that a mapped LOB attribute of the factory uses is scanned, in pages of
 * {@value #PAGE} files. Only files that Hibermongo wrote (their metadata carries {@code lob}) are
 * considered, so other files in the same bucket are never touched, and only those uploaded more than
 * {@code minimumAge} ago, so an upload whose write has not run yet is left alone. A file is an orphan
 * when no document of any LOB field of its bucket holds its id.
 */
public final class OrphanSweep {

	static final int PAGE = 500;

	private OrphanSweep() {
	}

	/** Deletes the unreferenced LOB files older than {@code minimumAge}; see the class comment. */
	public static SweepReport sweep(EntityManagerFactory factory, Duration minimumAge) {
		if ( minimumAge == null || minimumAge.isNegative() ) {
			throw new IllegalArgumentException( "The minimum age of swept files must be zero or positive, not " + minimumAge );
		}
		SessionFactoryImplementor sessionFactory = factory.unwrap( SessionFactoryImplementor.class );
		if ( !( sessionFactory.getJdbcServices().getDialect() instanceof MongoDialect dialect ) ) {
			throw new IllegalArgumentException( "OrphanSweep needs a factory using io.hibermongo.dialect.MongoDialect" );
		}
		MongoDatabase database = sessionFactory.getServiceRegistry().requireService( ConnectionProvider.class )
				.unwrap( MongoConnectionProvider.class ).database();
		Map<String, List<ReferenceField>> fieldsByBucket = ( (MongoSqlAstTranslatorFactory) dialect.getSqlAstTranslatorFactory() )
				.layout( sessionFactory ).allReferences().stream()
				.filter( field -> field.type() instanceof GridFsLobJdbcType )
				.collect( Collectors.groupingBy( field -> field.type().store() ) );
		Date cutoff = Date.from( Instant.now().minus( minimumAge ) );
		long examined = 0;
		List<Object> deleted = new ArrayList<>();
		for ( List<ReferenceField> fields : fieldsByBucket.values() ) {
			Bson candidates = Filters.and( Filters.exists( "metadata.lob" ), Filters.lt( "uploadDate", cutoff ) );
			List<BsonValue> page = new ArrayList<>( PAGE );
			for ( BsonDocument file : database.getCollection( fields.get( 0 ).type().store() + ".files", BsonDocument.class )
					.find( candidates ).projection( Projections.include( "_id" ) ).batchSize( PAGE ) ) {
				examined++;
				page.add( file.get( "_id" ) );
				if ( page.size() == PAGE ) {
					deleted.addAll( deleteUnreferenced( database, fields, page ) );
					page.clear();
				}
			}
			deleted.addAll( deleteUnreferenced( database, fields, page ) );
		}
		return new SweepReport( examined, deleted );
	}

	private static List<Object> deleteUnreferenced(MongoDatabase database, List<ReferenceField> fields, List<BsonValue> page) {
		Set<BsonValue> unreferenced = new LinkedHashSet<>( page );
		for ( ReferenceField field : fields ) {
			if ( !unreferenced.isEmpty() ) {
				unreferenced.removeAll( field.referencedAmong( database, null, unreferenced ) );
			}
		}
		if ( unreferenced.isEmpty() ) {
			return List.of();
		}
		fields.get( 0 ).type().delete( database, null, new HashSet<>( unreferenced ) );
		return unreferenced.stream().map( id -> (Object) id.asObjectId().getValue() ).toList();
	}
}
