package io.hibermongo.spring.boot.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Checks, before Hibernate starts, that the Hibernate ORM and MongoDB driver on the class path are the lines
 * Hibermongo is built for. Spring Boot 4.0 manages Hibernate 7.2 and driver 5.6, which win over the
 * starter's own dependencies in a Maven build that inherits Boot's dependency management; without this
 * check that shows as a {@code NoSuchMethodError} deep inside Hibernate's bootstrap.
 */
public final class RequiredVersions {

	private static final String RESOURCE = "/META-INF/hibermongo/versions.properties";

	private RequiredVersions() {
	}

	/** Throws an {@link IllegalStateException} saying what to set when a version does not fit. */
	public static void check(String hibernateFound, String driverFound) {
		Properties built = builtWith();
		String hibernate = built.getProperty( "hibernate" );
		String driver = built.getProperty( "mongodb-driver" );
		StringBuilder problems = new StringBuilder();
		if ( !majorMinor( hibernateFound ).equals( majorMinor( hibernate ) ) ) {
			problems.append( "Hibernate ORM " ).append( majorMinor( hibernate ) ).append( ".x is needed, but " )
					.append( hibernateFound ).append( " is on the class path. " );
		}
		if ( compareMajorMinor( driverFound, driver ) < 0 ) {
			problems.append( "MongoDB Java driver " ).append( majorMinor( driver ) ).append( " or newer is needed, but " )
					.append( driverFound ).append( " is on the class path. " );
		}
		if ( !problems.isEmpty() ) {
			throw new IllegalStateException( "Hibermongo: " + problems
					+ "Spring Boot's dependency management chose these versions. With spring-boot-starter-parent set the properties "
					+ "<hibernate.version>" + hibernate + "</hibernate.version> and <mongodb.version>" + driver
					+ "</mongodb.version>; with the spring-boot-dependencies BOM import org.hibernate.orm:hibernate-platform:"
					+ hibernate + " and org.mongodb:mongodb-driver-bom:" + driver + " before it; with Gradle set "
					+ "ext['hibernate.version'] and ext['mongodb.version'] (see the README, \"Spring Boot\")." );
		}
	}

	/**
	 * The MongoDB driver version on the class path. Read reflectively: the driver's {@code VERSION} is a
	 * compile-time constant, which a direct reference would freeze to the version this starter was built with.
	 */
	public static String driverOnClassPath() {
		try {
			return (String) Class.forName( "com.mongodb.internal.build.MongoDriverVersion" ).getField( "VERSION" ).get( null );
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException( "The MongoDB driver on the class path does not say its version", e );
		}
	}

	/** The version Hibermongo was built with, by key ({@code hibernate}, {@code mongodb-driver}). */
	public static String builtWith(String key) {
		return builtWith().getProperty( key );
	}

	private static Properties builtWith() {
		Properties properties = new Properties();
		try ( InputStream in = RequiredVersions.class.getResourceAsStream( RESOURCE ) ) {
			if ( in == null ) {
				throw new IllegalStateException( RESOURCE + " is missing from the Hibermongo starter's jar" );
			}
			properties.load( in );
		}
		catch (IOException e) {
			throw new UncheckedIOException( e );
		}
		return properties;
	}

	static String majorMinor(String version) {
		String[] parts = version.split( "\\." );
		return parts.length < 2 ? version : parts[0] + "." + parts[1];
	}

	static int compareMajorMinor(String left, String right) {
		String[] l = majorMinor( left ).split( "\\." );
		String[] r = majorMinor( right ).split( "\\." );
		for ( int i = 0; i < Math.min( l.length, r.length ); i++ ) {
			int c = Integer.compare( number( l[i] ), number( r[i] ) );
			if ( c != 0 ) {
				return c;
			}
		}
		return Integer.compare( l.length, r.length );
	}

	private static int number(String part) {
		String digits = part.replaceAll( "[^0-9].*", "" );
		return digits.isEmpty() ? 0 : Integer.parseInt( digits );
	}
}
