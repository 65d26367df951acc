package io.hibermongo.it.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statement texts that never repeat do not make the command registry grow: a client JVM with
 * {@value #HEAP} of heap runs {@value #QUERIES} Criteria queries, each with a statement text of its own,
 * and afterwards at most {@value RegistryHeapClient#BOUND} commands are registered. Without a bound the
 * registry would hold every text, about 1 KiB each, and the client would run out of memory.
 */
class RegistryHeapTest {

	static final String HEAP = "-Xmx48m";
	static final int QUERIES = 100_000;

	private static Path directory;
	private static MongoServer server;

	@BeforeAll
	static void startServer() throws IOException {
		directory = Files.createDirectories( Path.of( "target", "registry-heap" ) );
		server = new MongoServer( new MemoryBackend() );
		server.bind( "127.0.0.1", 0 );
	}

	@AfterAll
	static void stopServer() {
		if ( server != null ) {
			server.shutdownNow();
		}
	}

	@Test
	void distinctStatementTextsLeaveABoundedRegistry() throws Exception {
		Path output = directory.resolve( "client.log" );
		Process client = new ProcessBuilder( List.of(
				Path.of( System.getProperty( "java.home" ), "bin", "java" ).toString(), HEAP,
				"-Dorg.jboss.logging.provider=slf4j",
				"-cp", System.getProperty( "java.class.path" ),
				RegistryHeapClient.class.getName(), server.getConnectionString() + "/registry", String.valueOf( QUERIES ) ) )
				.redirectErrorStream( true ).redirectOutput( output.toFile() ).start();

		// about 40 s on a quiet 2-core machine; generous, since builds of other work may share the cores
		boolean finished = client.waitFor( 400, TimeUnit.SECONDS );
		if ( !finished ) {
			client.destroyForcibly();
		}
		String log = Files.readString( output, StandardCharsets.UTF_8 );

		assertThat( finished ).as( "the client finished in time; its output:%n%s", log ).isTrue();
		assertThat( client.exitValue() ).as( "the client's exit code; its output:%n%s", log ).isZero();
		assertThat( log ).contains( "queries=" + QUERIES + " wrong=0" ).doesNotContain( "OutOfMemoryError" );
	}
}
