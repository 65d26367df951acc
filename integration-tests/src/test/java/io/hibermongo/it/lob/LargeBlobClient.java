package io.hibermongo.it.lob;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

import io.hibermongo.it.lob.model.Record;
import io.hibermongo.it.support.Persistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The client side of {@link LargeBlobHeapTest}, run in a JVM of its own with a small heap: persists a
 * blob streamed from a generator of {@code args[1]} MiB, reads it back as a stream, and prints the
 * SHA-256 of both and the largest heap use it saw. Exits with 0 when the digests are equal.
 */
public final class LargeBlobClient {

	private LargeBlobClient() {
	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		long length = Long.parseLong( args[1] ) * 1024 * 1024;
		EntityManagerFactory factory = new HibernatePersistenceConfiguration( "large-blob" )
				.managedClasses( Record.class )
				.property( AvailableSettings.DIALECT, Persistence.MONGO_DIALECT )
				.jdbcUrl( url )
				.createEntityManagerFactory();
		GeneratedStream generated = new GeneratedStream( length );
		try ( EntityManager em = factory.createEntityManager() ) {
			em.getTransaction().begin();
			Record record = new Record( 1L, "large" );
			record.setBlob( em.unwrap( Session.class ).getLobHelper().createBlob( generated, length ) );
			em.persist( record );
			em.getTransaction().commit();
		}
		String written = HexFormat.of().formatHex( generated.digest.digest() );
		String read;
		long readLength;
		try ( EntityManager em = factory.createEntityManager() ) {
			Record record = em.find( Record.class, 1L );
			readLength = record.getBlob().length();
			read = LobData.sha256Of( record.getBlob().getBinaryStream() );
		}
		factory.close();
		System.out.println( "written=" + written + " read=" + read + " length=" + readLength
				+ " maxHeap=" + Runtime.getRuntime().maxMemory() );
		System.exit( written.equals( read ) && readLength == length ? 0 : 1 );
	}

	/** {@code length} pseudo-random bytes, made as they are read and digested on the way. */
	private static final class GeneratedStream extends InputStream {

		private final SplittableRandom random = new SplittableRandom( 42 );
		private final MessageDigest digest = LobData.digest();
		private long remaining;

		GeneratedStream(long length) {
			this.remaining = length;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read( one, 0, 1 ) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if ( remaining == 0 ) {
				return -1;
			}
			int count = (int) Math.min( length, remaining );
			for ( int i = 0; i < count; i++ ) {
				buffer[offset + i] = (byte) random.nextInt( 256 );
			}
			digest.update( buffer, offset, count );
			remaining -= count;
			return count;
		}
	}
}
