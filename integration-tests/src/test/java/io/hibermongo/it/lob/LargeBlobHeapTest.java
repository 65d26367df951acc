package io.hibermongo.it.lob;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing and reading a blob much larger than the heap keeps the heap bounded: a client JVM with
 * {@value #HEAP} of heap streams {@value #MEBIBYTES} MiB into GridFS and back. The server runs in this
 * JVM with a file-backed H2 store, so the data lives neither in the client's heap nor in this one's.
 */
class LargeBlobHeapTest {

	static final String HEAP = "-Xmx128m";
	static final int MEBIBYTES = 300;

	private static Path directory;
	private static MongoServer server;

	@BeforeAll
	static void startFileBackedServer() throws IOException {
		directory = Files.createDirectories( Path.of( "target", "large-blob-heap" ) );
		Path store = directory.resolve( "store.mv" );
		Files.deleteIfExists( store );
		server = new MongoServer( new H2Backend( store.toString() ) );
		server.bind( "127.0.0.1", 0 );
	}

	@AfterAll
	static void stopServer() throws IOException {
		if ( server != null ) {
			server.shutdownNow();
		}
		Files.deleteIfExists( directory.resolve( "store.mv" ) );
	}

	@Test
	void blobLargerThanTheHeapRoundTripsByteForByte() throws Exception {
		Path output = directory.resolve( "client.log" );
		Process client = new ProcessBuilder( List.of(
				Path.of( System.getProperty( "java.home" ), "bin", "java" ).toString(), HEAP,
				"-cp", System.getProperty( "java.class.path" ),
				LargeBlobClient.class.getName(), server.getConnectionString() + "/large", String.valueOf( MEBIBYTES ) ) )
				.redirectErrorStream( true ).redirectOutput( output.toFile() ).start();

		boolean finished = client.waitFor( 170, TimeUnit.SECONDS );
		if ( !finished ) {
			client.destroyForcibly();
		}
		String log = Files.readString( output, StandardCharsets.UTF_8 );

		assertThat( finished ).as( "the client finished in time; its output:%n%s", log ).isTrue();
		assertThat( client.exitValue() ).as( "the client's exit code; its output:%n%s", log ).isZero();
		assertThat( log ).contains( "length=" + MEBIBYTES * 1024L * 1024L ).doesNotContain( "OutOfMemoryError" );
	}
}
