package io.hibermongo.it.lob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Test values and their fingerprints, and the state of GridFS buckets as the driver sees it. */
final class LobData {

	/** GridFS's default chunk size: 255 KiB. */
	static final int CHUNK = 255 * 1024;

	private LobData() {
	}

	/** {@code size} pseudo-random bytes, the same for the same seed. */
	static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random( seed ).nextBytes( bytes );
		return bytes;
	}

	static String sha256(byte[] bytes) {
		MessageDigest digest = digest();
		digest.update( bytes );
		return HexFormat.of().formatHex( digest.digest() );
	}

	/** Reads the stream to its end, holding one buffer at a time. */
	static String sha256Of(InputStream stream) {
		MessageDigest digest = digest();
		byte[] buffer = new byte[64 * 1024];
		try ( InputStream in = stream ) {
			for ( int read; ( read = in.read( buffer ) ) >= 0; ) {
				digest.update( buffer, 0, read );
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException( e );
		}
		return HexFormat.of().formatHex( digest.digest() );
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance( "SHA-256" );
		}
		catch (NoSuchAlgorithmException e) {
			throw new AssertionError( e );
		}
	}

	static long files(MongoDatabase database, String bucket) {
		return database.getCollection( bucket + ".files" ).countDocuments();
	}

	static long chunks(MongoDatabase database, String bucket) {
		return database.getCollection( bucket + ".chunks" ).countDocuments();
	}

	static boolean fileExists(MongoDatabase database, String bucket, Object id) {
		return database.getCollection( bucket + ".files" ).countDocuments( new Document( "_id", id ) ) == 1;
	}
}
