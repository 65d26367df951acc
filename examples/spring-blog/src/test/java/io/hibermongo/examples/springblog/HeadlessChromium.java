package io.hibermongo.examples.springblog;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds Debian's {@code chromium} and {@code chromium-driver}, installing them with {@code apt-get} when they are
 * missing and the tests run as root (as CI does here); {@code HIBERMONGO_NO_BROWSER_INSTALL=true} turns the
 * installation off. Says why when no browser can be had.
 */
final class HeadlessChromium {

	private static final List<String> BROWSERS = List.of( "/usr/bin/chromium", "/usr/bin/chromium-browser" );
	private static final List<String> DRIVERS = List.of( "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" );

	final String browser;
	final String driver;
	final String unavailable;

	private HeadlessChromium(String browser, String driver, String unavailable) {
		this.browser = browser;
		this.driver = driver;
		this.unavailable = unavailable;
	}

	static HeadlessChromium find() {
		HeadlessChromium found = installed();
		if ( found.unavailable == null || "true".equals( System.getenv( "HIBERMONGO_NO_BROWSER_INSTALL" ) ) ) {
			return found;
		}
		if ( !"root".equals( System.getProperty( "user.name" ) ) || !new File( "/usr/bin/apt-get" ).canExecute() ) {
			return found;
		}
		if ( !run( "apt-get", "install", "-y", "-q", "chromium", "chromium-driver" ) ) {
			run( "apt-get", "update", "-q" );
			run( "apt-get", "install", "-y", "-q", "chromium", "chromium-driver" );
		}
		return installed();
	}

	private static HeadlessChromium installed() {
		String browser = firstExecutable( BROWSERS );
		String driver = firstExecutable( DRIVERS );
		return browser != null && driver != null ? new HeadlessChromium( browser, driver, null )
				: new HeadlessChromium( null, null, "no headless browser: Debian's chromium and chromium-driver are not installed"
						+ " and could not be (apt-get install chromium chromium-driver as root)" );
	}

	private static boolean run(String... command) {
		try {
			Process process = new ProcessBuilder( command ).redirectErrorStream( true )
					.redirectOutput( ProcessBuilder.Redirect.DISCARD ).start();
			process.getOutputStream().close();
			if ( !process.waitFor( 10, TimeUnit.MINUTES ) ) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String firstExecutable(List<String> paths) {
		return paths.stream().filter( path -> new File( path ).canExecute() ).findFirst().orElse( null );
	}
}
