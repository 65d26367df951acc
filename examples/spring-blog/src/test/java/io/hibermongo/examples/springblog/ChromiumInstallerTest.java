package io.hibermongo.examples.springblog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's bounds, driven by a stand-in {@code apt-get} script (nothing is installed). */
class ChromiumInstallerTest {

	@TempDir
	Path dir;

	@Test
	void installsWithOneRunWhenTheInstallSucceeds() throws IOException {
		Path log = dir.resolve( "install.log" );
		assertThat( installer( "echo \"apt-get $*\"", Duration.ofSeconds( 30 ), log ).install() ).isNull();
		assertThat( Files.readString( log ) ).contains( "DEBIAN_FRONTEND=noninteractive" )
				.contains( "apt-get -q -y -o DPkg::Lock::Timeout=60 install --no-install-recommends chromium chromium-driver" )
				.doesNotContain( " update" );
	}

	@Test
	void updatesThePackageListsAndRetriesWhenTheInstallFails() throws IOException {
		Path log = dir.resolve( "install.log" );
		String script = "case \"$*\" in *update*) touch " + dir.resolve( "updated" ) + " ;; *install*) test -e "
				+ dir.resolve( "updated" ) + " || { echo 'E: Unable to locate package chromium'; exit 100; } ;; esac";
		assertThat( installer( script, Duration.ofSeconds( 30 ), log ).install() ).isNull();
		assertThat( Files.readString( log ) ).contains( "E: Unable to locate package chromium" )
				.containsSubsequence( " install ", " update", " install " );
	}

	@Test
	void aFailureIsReportedWithItsStatusAndLog() throws IOException {
		Path log = dir.resolve( "install.log" );
		String failure = installer( "echo 'E: Could not open lock file'; exit 100", Duration.ofSeconds( 30 ), log ).install();
		assertThat( failure ).contains( "exit status 100" ).contains( log.toAbsolutePath().toString() );
		assertThat( Files.readString( log ) ).contains( "E: Could not open lock file" );
	}

	@Test
	void aRunThatOutlastsTheLimitIsStoppedAndNothingMoreRuns() throws IOException {
		Path log = dir.resolve( "install.log" );
		long start = System.nanoTime();
		String failure = installer( "sleep 60", Duration.ofSeconds( 2 ), log ).install();
		assertThat( Duration.ofNanos( System.nanoTime() - start ) ).isLessThan( Duration.ofSeconds( 20 ) );
		assertThat( failure ).contains( "stopped at the time limit of 2 s" );
		assertThat( Files.readString( log ) ).doesNotContain( " update" );
	}

	@Test
	void withoutAptGetNothingRuns() {
		Path log = dir.resolve( "install.log" );
		String failure = new ChromiumInstaller( dir.resolve( "no-apt-get" ), List.of(), Duration.ofSeconds( 30 ), log ).install();
		assertThat( failure ).startsWith( "there is no " );
		assertThat( log ).doesNotExist();
	}

	private ChromiumInstaller installer(String script, Duration limit, Path log) throws IOException {
		Path aptGet = dir.resolve( "apt-get" );
		Files.writeString( aptGet, "#!/bin/sh\n" + script + "\n" );
		Files.setPosixFilePermissions( aptGet, PosixFilePermissions.fromString( "rwx------" ) );
		return new ChromiumInstaller( aptGet, List.of(), limit, log );
	}
}
