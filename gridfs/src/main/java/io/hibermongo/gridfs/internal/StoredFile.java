package io.hibermongo.gridfs.internal;

import java.io.IOException;
import java.sql.SQLException;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import org.bson.types.ObjectId;

/**
 * One GridFS file that a document references: what the lazily streaming {@link GridFsBlob} and
 * {@link GridFsClob} read. The file's {@code files} document is read once, on first need, and its content
 * only when a stream is opened, {@value #CHUNKS_PER_REPLY} chunks per server reply (a cursor without a
 * batch size would ask the server for every chunk in one reply).
 */
final class StoredFile {

	static final int CHUNKS_PER_REPLY = 16;
	private static final int MAXIMUM_ARRAY = Integer.MAX_VALUE - 8;

	private final GridFSBucket bucket;
	private final ObjectId id;
	private final ClientSession session;
	private GridFSFile file;

	/** {@code session}, when not null, is used while its transaction is active, so reads see its writes. */
	StoredFile(GridFSBucket bucket, ObjectId id, ClientSession session) {
		this.bucket = bucket;
		this.id = id;
		this.session = session;
	}

	ObjectId id() {
		return id;
	}

	String bucketName() {
		return bucket.getBucketName();
	}

	/** The length in bytes, from the {@code files} document. */
	long length() throws SQLException {
		return file().getLength();
	}

	/** The {@code files} document of the file. */
	GridFSFile file() throws SQLException {
		if ( file == null ) {
			try {
				file = ( activeSession() == null ? bucket.find( Filters.eq( "_id", id ) )
						: bucket.find( session, Filters.eq( "_id", id ) ) ).first();
			}
			catch (MongoException e) {
				throw failure( "reading", e );
			}
			if ( file == null ) {
				throw new SQLException( "The GridFS file " + id + " of bucket '" + bucketName()
						+ "' does not exist: the document references a deleted file", "22000" );
			}
		}
		return file;
	}

	/**
	 * The whole content, read into one array of the file's length: for attributes that Hibernate
	 * materialises ({@code byte[]}, {@code String}, …).
	 */
	byte[] readAll() throws SQLException {
		try ( GridFSDownloadStream stream = open() ) {
			long length = stream.getGridFSFile().getLength();
			if ( length > MAXIMUM_ARRAY ) {
				throw new SQLException( "The GridFS file " + id + " holds " + length + " bytes, more than an array can: "
						+ "map the attribute as java.sql.Blob or Clob to stream it", "22001" );
			}
			return stream.readNBytes( (int) length );
		}
		catch (IOException | MongoException e) {
			throw failure( "reading", e );
		}
	}

	/** A new stream over the file's content. */
	GridFSDownloadStream open() throws SQLException {
		try {
			GridFSDownloadStream stream = activeSession() == null ? bucket.openDownloadStream( id )
					: bucket.openDownloadStream( session, id );
			return stream.batchSize( CHUNKS_PER_REPLY );
		}
		catch (MongoException e) {
			throw failure( "opening", e );
		}
	}

	/** Refuses a range that does not start at position 1 or later or has a negative length. */
	static void checkRange(long position, long length) throws SQLException {
		if ( position < 1 || length < 0 ) {
			throw new SQLException( "Invalid LOB range: position " + position + " (the first is 1), length " + length, "22003" );
		}
	}

	SQLException failure(String action, Exception cause) {
		return new SQLException( "Failed " + action + " the GridFS file " + id + " of bucket '" + bucketName() + "'", "58000", cause );
	}

	private ClientSession activeSession() {
		return session != null && session.hasActiveTransaction() ? session : null;
	}
}
