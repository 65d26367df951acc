package io.hibermongo.gridfs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Streams one LOB value into a new GridFS file, a chunk at a time, so the heap holds one chunk whatever
 * the value's size. The file's metadata marks it as a LOB ({@value #KIND}: {@code blob} or {@code clob}),
 * which the orphan sweep relies on to leave other files of the bucket alone; a clob also records its
 * length in characters ({@value #CHARACTERS}). A failed upload removes the chunks it wrote.
 */
final class LobUpload {

	static final String KIND = "lob";
	static final String CHARACTERS = "characters";

	private final MongoDatabase database;
	private final GridFSBucket bucket;
	private final ClientSession session;

	/** {@code session}, when not null, is the statement's: the upload joins its transaction. */
	LobUpload(MongoDatabase database, GridFSBucket bucket, ClientSession session) {
		this.database = database;
		this.bucket = bucket;
		this.session = session;
	}

	ObjectId binary(InputStream content) throws IOException {
		ObjectId id = new ObjectId();
		try ( InputStream in = content ) {
			GridFSUploadOptions options = options( "blob" );
			if ( session == null ) {
				bucket.uploadFromStream( new BsonObjectId( id ), "blob", in, options );
			}
			else {
				bucket.uploadFromStream( session, new BsonObjectId( id ), "blob", in, options );
			}
		}
		return id;
	}

	/** Writes the text as UTF-8, then records its length in characters. */
	ObjectId text(Reader content) throws IOException {
		ObjectId id = new ObjectId();
		GridFSUploadOptions options = options( "clob" );
		GridFSUploadStream upload = session == null ? bucket.openUploadStream( new BsonObjectId( id ), "clob", options )
				: bucket.openUploadStream( session, new BsonObjectId( id ), "clob", options );
		long characters = 0;
		try ( Reader in = content ) {
			Writer writer = new OutputStreamWriter( upload, StandardCharsets.UTF_8 );
			char[] buffer = new char[8192];
			for ( int read; ( read = in.read( buffer ) ) >= 0; ) {
				writer.write( buffer, 0, read );
				characters += read;
			}
			writer.flush();
		}
		catch (IOException | RuntimeException e) {
			upload.abort();
			throw e;
		}
		upload.close();
		var files = database.getCollection( bucket.getBucketName() + ".files" );
		var update = Updates.set( "metadata." + CHARACTERS, characters );
		try {
			if ( session == null ) {
				files.updateOne( Filters.eq( "_id", id ), update );
			}
			else {
				files.updateOne( session, Filters.eq( "_id", id ), update );
			}
		}
		catch (MongoException e) {
			throw new IOException( "Failed recording the length of clob " + id, e );
		}
		return id;
	}

	private static GridFSUploadOptions options(String kind) {
		return new GridFSUploadOptions().metadata( new Document( KIND, kind ) );
	}
}
