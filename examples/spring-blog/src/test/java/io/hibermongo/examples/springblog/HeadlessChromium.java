package io.hibermongo.examples.springblog;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}). When they are missing it
 * has {@link ChromiumInstaller} install them, where {@code apt-get} exists and the tests run as root or may use
 * {@code sudo -n}, within five minutes, logging to {@code target/chromium-install.log};
 * {@code HIBERMONGO_NO_BROWSER_INSTALL=true} turns that off. Says why when no browser can be had.
 */
final class HeadlessChromium {

	static final String NO_INSTALL = "HIBERMONGO_NO_BROWSER_INSTALL";

	private static final List<String> BROWSERS = List.of( "/usr/bin/chromium", "/usr/bin/chromium-browser" );
	private static final List<String> DRIVERS = List.of( "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" );
	private static final Path APT_GET = Path.of( "/usr/bin/apt-get" );
	private static final Duration INSTALL_LIMIT = Duration.ofMinutes( 5 );
	private static final Path INSTALL_LOG = Path.of( "target", "chromium-install.log" );
	private static final String MISSING = "no headless browser: Debian's chromium and chromium-driver are not installed";

	final String browser;
	final String driver;
	final String unavailable;

	private HeadlessChromium(String browser, String driver, String unavailable) {
		this.browser = browser;
		this.driver = driver;
		this.unavailable = unavailable;
	}

	static HeadlessChromium find() {
		HeadlessChromium installed = installed();
		if ( installed.unavailable == null ) {
			return installed;
		}
		if ( "true".equals( System.getenv( NO_INSTALL ) ) ) {
			return unavailable( NO_INSTALL + "=true forbids installing them" );
		}
		Optional<List<String>> privilege = ChromiumInstaller.rootPrivilege();
		if ( privilege.isEmpty() ) {
			return unavailable( "installing them needs root or a password-less sudo" );
		}
		String failure = new ChromiumInstaller( APT_GET, privilege.get(), INSTALL_LIMIT, INSTALL_LOG ).install();
		if ( failure != null ) {
			return unavailable( "installing them failed: " + failure );
		}
		HeadlessChromium after = installed();
		return after.unavailable == null ? after
				: unavailable( "apt-get installed " + ChromiumInstaller.PACKAGES + ", yet no browser in " + BROWSERS
						+ " or no driver in " + DRIVERS + " is executable" );
	}

	private static HeadlessChromium installed() {
		String browser = firstExecutable( BROWSERS );
		String driver = firstExecutable( DRIVERS );
		return browser != null && driver != null ? new HeadlessChromium( browser, driver, null ) : unavailable( null );
	}

	private static HeadlessChromium unavailable(String why) {
		return new HeadlessChromium( null, null, why == null ? MISSING : MISSING + "; " + why
				+ " (apt-get install chromium chromium-driver makes the browser test run)" );
	}

	private static String firstExecutable(List<String> paths) {
		return paths.stream().filter( path -> new File( path ).canExecute() ).findFirst().orElse( null );
	}
}
