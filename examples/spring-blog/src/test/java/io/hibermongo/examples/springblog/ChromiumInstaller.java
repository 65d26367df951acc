package io.hibermongo.examples.springblog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Installs Debian's {@code chromium} and {@code chromium-driver} for the browser test, within bounds: only through
 * {@code apt-get}, only as root or with a password-less {@code sudo -n}, non-interactively, within one time limit for
 * all of it (a stopped {@code apt-get} is terminated, then killed), with every line of output appended to a log file.
 * It is asked only when the browser is missing; it runs {@code apt-get install}, and {@code apt-get update} and the
 * install again only when the first install fails (package lists missing on a fresh image).
 */
final class ChromiumInstaller {

	static final List<String> PACKAGES = List.of( "chromium", "chromium-driver" );

	private final Path aptGet;
	private final List<String> privilege;
	private final Duration limit;
	private final Path log;

	/**
	 * @param aptGet the {@code apt-get} executable
	 * @param privilege the command prefix that runs it as root: empty when already root, {@code sudo -n} otherwise
	 * @param limit the time all runs together may take
	 * @param log the file the runs' output is appended to
	 */
	ChromiumInstaller(Path aptGet, List<String> privilege, Duration limit, Path log) {
		this.aptGet = aptGet;
		this.privilege = List.copyOf( privilege );
		this.limit = limit;
		this.log = log;
	}

	/**
	 * The prefix that runs a command as root on this machine: none for root, {@code sudo -n} when it works without a
	 * password, else empty (no way to install).
	 */
	static Optional<List<String>> rootPrivilege() {
		if ( "0".equals( output( List.of( "id", "-u" ) ) ) ) {
			return Optional.of( List.of() );
		}
		return output( List.of( "sudo", "-n", "true" ) ) != null ? Optional.of( List.of( "sudo", "-n" ) ) : Optional.empty();
	}

	/** Installs the packages; null when {@code apt-get} succeeded, else why not (naming the log). */
	String install() {
		if ( !Files.isExecutable( aptGet ) ) {
			return "there is no " + aptGet;
		}
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			Files.createDirectories( log.toAbsolutePath().getParent() );
			String failure = run( deadline, "install" );
			if ( failure != null ) {
				failure = run( deadline, "update" );
				if ( failure == null ) {
					failure = run( deadline, "install" );
				}
			}
			return failure == null ? null : failure + " (output in " + log.toAbsolutePath() + ")";
		}
		catch (TimedOut e) {
			return e.getMessage() + " (output in " + log.toAbsolutePath() + ")";
		}
		catch (IOException e) {
			return "apt-get could not be run: " + e.getMessage();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted while apt-get ran";
		}
	}

	private String run(long deadline, String action) throws IOException, InterruptedException, TimedOut {
		List<String> command = new ArrayList<>( privilege );
		// sudo resets the environment, so the non-interactive front end is passed on its command line.
		command.addAll( List.of( "env", "DEBIAN_FRONTEND=noninteractive", aptGet.toString(), "-q", "-y",
				"-o", "DPkg::Lock::Timeout=60", action ) );
		if ( action.equals( "install" ) ) {
			command.add( "--no-install-recommends" );
			command.addAll( PACKAGES );
		}
		Files.writeString( log, "$ " + String.join( " ", command ) + System.lineSeparator(), StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND );
		Process process = new ProcessBuilder( command ).redirectErrorStream( true )
				.redirectOutput( ProcessBuilder.Redirect.appendTo( log.toFile() ) ).start();
		process.getOutputStream().close();
		long left = deadline - System.nanoTime();
		if ( left <= 0 || !process.waitFor( left, TimeUnit.NANOSECONDS ) ) {
			stop( process );
			throw new TimedOut( "apt-get " + action + " was stopped at the time limit of " + limit.toSeconds() + " s" );
		}
		return process.exitValue() == 0 ? null : "apt-get " + action + " failed with exit status " + process.exitValue();
	}

	/** Terminates the run (sudo passes the signal on to apt-get), and kills what is left after ten seconds. */
	private static void stop(Process process) throws InterruptedException {
		process.descendants().forEach( ProcessHandle::destroy );
		process.destroy();
		if ( !process.waitFor( 10, TimeUnit.SECONDS ) ) {
			process.descendants().forEach( ProcessHandle::destroyForcibly );
			process.destroyForcibly();
		}
	}

	/** The first line a short command prints when it succeeds within ten seconds, else null. */
	private static String output(List<String> command) {
		try {
			Process process = new ProcessBuilder( command ).redirectErrorStream( true ).start();
			process.getOutputStream().close();
			if ( !process.waitFor( 10, TimeUnit.SECONDS ) ) {
				process.destroyForcibly();
				return null;
			}
			String out = new String( process.getInputStream().readAllBytes(), StandardCharsets.UTF_8 ).trim();
			return process.exitValue() == 0 ? out : null;
		}
		catch (IOException e) {
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The time limit was reached: nothing more is run. */
	private static final class TimedOut extends Exception {

		TimedOut(String message) {
			super( message, null, false, false );
		}
	}
}
