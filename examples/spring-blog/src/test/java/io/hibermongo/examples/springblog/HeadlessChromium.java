package io.hibermongo.examples.springblog;

import java.io.File;
import java.util.List;

/**
 * Finds an installed Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}), or says why
 * there is none. The tests never install software: {@code apt-get install chromium chromium-driver} makes the
 * browser test run.
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
		String browser = firstExecutable( BROWSERS );
		String driver = firstExecutable( DRIVERS );
		return browser != null && driver != null ? new HeadlessChromium( browser, driver, null )
				: new HeadlessChromium( null, null, "no headless browser: Debian's chromium and chromium-driver are not installed"
						+ " (apt-get install chromium chromium-driver)" );
	}

	private static String firstExecutable(List<String> paths) {
		return paths.stream().filter( path -> new File( path ).canExecute() ).findFirst().orElse( null );
	}
}
