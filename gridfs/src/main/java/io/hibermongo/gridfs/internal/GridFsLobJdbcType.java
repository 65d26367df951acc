package io.hibermongo.gridfs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.MongoException;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import io.hibermongo.dialect.spi.MongoJdbcStatement;
import io.hibermongo.dialect.spi.ReferencingJdbcType;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;
import org.hibernate.engine.jdbc.proxy.WrappedBlob;
import org.hibernate.engine.jdbc.proxy.WrappedClob;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The JdbcType of a LOB column kept in a GridFS bucket: binding a value streams it into a new file and
 * stores the file's id in the document; extracting one gives a lazily streaming {@link GridFsBlob} or
 * {@link GridFsClob} for {@code Blob}, {@code Clob} and {@code NClob} attributes, and for the others
 * ({@code byte[]}, {@code String}, …) reads the content into one array of the file's length.
 * Binary Java types ({@code byte[]}, {@code Byte[]}, {@code Blob}) are stored as bytes, character types
 * ({@code String}, {@code char[]}, {@code Character[]}, {@code Clob}, {@code NClob}) as UTF-8 text.
 * <p>
 * A {@code Blob} or {@code Clob} that was read from the same bucket is bound with its file id, without a
 * copy; the dialect deletes a file only when no document references it any more (see
 * {@link ReferencingJdbcType}).
 */
public final class GridFsLobJdbcType implements ReferencingJdbcType {

	private final int sqlTypeCode;
	private final String bucketName;
	private final Map<MongoDatabase, GridFSBucket> buckets = new ConcurrentHashMap<>();

	/** {@code sqlTypeCode} is {@link Types#BLOB}, {@link Types#CLOB} or {@link Types#NCLOB}. */
	public GridFsLobJdbcType(int sqlTypeCode, String bucketName) {
		this.sqlTypeCode = sqlTypeCode;
		this.bucketName = BucketNames.checked( bucketName );
	}

	@Override
	public int getJdbcTypeCode() {
		return sqlTypeCode;
	}

	@Override
	public String getFriendlyName() {
		return ( sqlTypeCode == Types.BLOB ? "BLOB" : sqlTypeCode == Types.NCLOB ? "NCLOB" : "CLOB" ) + " in GridFS bucket " + bucketName;
	}

	@Override
	public String toString() {
		return getFriendlyName();
	}

	@Override
	public JavaType<?> getRecommendedJavaType(Integer length, Integer scale, TypeConfiguration typeConfiguration) {
		Class<?> type = sqlTypeCode == Types.BLOB ? Blob.class : sqlTypeCode == Types.NCLOB ? NClob.class : Clob.class;
		return typeConfiguration.getJavaTypeRegistry().resolveDescriptor( type );
	}

	@Override
	public String store() {
		return bucketName;
	}

	@Override
	public void delete(MongoDatabase database, ClientSession session, Set<BsonValue> references) {
		GridFSBucket bucket = bucket( database );
		for ( BsonValue reference : references ) {
			try {
				if ( session == null ) {
					bucket.delete( reference );
				}
				else {
					bucket.delete( session, reference );
				}
			}
			catch (MongoGridFSException alreadyDeleted) {
				// the driver removes the chunks before it reports that the files document is gone
			}
		}
	}

	GridFSBucket bucket(MongoDatabase database) {
		return buckets.computeIfAbsent( database, db -> GridFSBuckets.create( db, bucketName ) );
	}

	private static boolean isText(JavaType<?> javaType) {
		Class<?> type = javaType.getJavaTypeClass();
		return !( type == byte[].class || type == Byte[].class || Blob.class.isAssignableFrom( type ) );
	}

	/** Whether the attribute is a JDBC LOB that streams, rather than a value Hibernate materialises. */
	private static boolean isLob(JavaType<?> javaType) {
		Class<?> type = javaType.getJavaTypeClass();
		return Blob.class.isAssignableFrom( type ) || Clob.class.isAssignableFrom( type );
	}

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return new BasicBinder<>( javaType, this ) {
			@Override
			protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
				MongoJdbcStatement statement = st.unwrap( MongoJdbcStatement.class );
				StoredFile stored = storedFile( value );
				if ( stored != null && stored.bucketName().equals( bucketName ) ) {
					st.setObject( index, stored.id() );
					return;
				}
				MongoDatabase database = statement.database();
				LobUpload upload = new LobUpload( database, bucket( database ), statement.session() );
				ObjectId id;
				try {
					id = isText( javaType ) ? upload.text( javaType.unwrap( value, Reader.class, options ) )
							: upload.binary( javaType.unwrap( value, InputStream.class, options ) );
				}
				catch (IOException | MongoException e) {
					throw new SQLException( "Failed storing a " + javaType.getTypeName() + " value in GridFS bucket '" + bucketName + "'", "58000", e );
				}
				statement.referenceCreated( GridFsLobJdbcType.this, new BsonObjectId( id ) );
				st.setObject( index, id );
			}

			@Override
			protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
				throw new SQLException( "Hibermongo has no callable statements" );
			}
		};
	}

	/** The GridFS file behind a value read from a GridFS LOB column, unwrapping Hibernate's proxies. */
	private static StoredFile storedFile(Object value) {
		Object lob = value instanceof WrappedBlob wrapped ? wrapped.getWrappedBlob()
				: value instanceof WrappedClob wrapped ? wrapped.getWrappedClob() : value;
		if ( lob instanceof GridFsBlob blob ) {
			return blob.storedFile();
		}
		return lob instanceof GridFsClob clob ? clob.storedFile() : null;
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return new BasicExtractor<>( javaType, this ) {
			@Override
			protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
				Object reference = rs.getObject( index );
				if ( reference == null ) {
					return null;
				}
				if ( !( reference instanceof ObjectId id ) ) {
					throw new SQLException( "A GridFS LOB column holds " + reference.getClass().getSimpleName()
							+ " '" + reference + "' instead of a GridFS file id (an ObjectId)", "22000" );
				}
				MongoJdbcStatement statement = rs.getStatement().unwrap( MongoJdbcStatement.class );
				StoredFile file = new StoredFile( bucket( statement.database() ), id, statement.session() );
				if ( isLob( javaType ) ) {
					return javaType.wrap( isText( javaType ) ? new GridFsClob( file ) : new GridFsBlob( file ), options );
				}
				byte[] content = file.readAll();
				return javaType.wrap( isText( javaType ) ? new String( content, StandardCharsets.UTF_8 ) : content, options );
			}

			@Override
			protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
				throw new SQLException( "Hibermongo has no callable statements" );
			}

			@Override
			protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
				throw new SQLException( "Hibermongo has no callable statements" );
			}
		};
	}
}
