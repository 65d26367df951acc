package io.hibermongo.spring.boot.internal;

import org.springframework.core.env.Environment;

/**
 * Decides, from the environment alone, whether the application's JPA persistence unit lives on MongoDB:
 * yes when a MongoDB connection is configured ({@code spring.mongodb.uri} or {@code .host}, Boot 3's
 * {@code spring.data.mongodb.uri} or {@code .host}, or a {@code mongodb://} URL in
 * {@code spring.jpa.properties.jakarta.persistence.jdbc.url}); otherwise yes unless a relational database
 * is configured ({@code spring.datasource.url} or {@code .jndi-name}, or a non-MongoDB JPA URL), since the
 * starter on the class path says the application means MongoDB (Boot's client then defaults to
 * {@code mongodb://localhost/test}).
 */
public final class MongoJpaActivation {

	/** Spring Boot 4's name of the MongoDB URL. */
	public static final String BOOT_URI = "spring.mongodb.uri";

	/** Spring Boot 3's name of the MongoDB URL, still honoured. */
	public static final String LEGACY_URI = "spring.data.mongodb.uri";

	private static final String[] JPA_URLS = { "spring.jpa.properties.jakarta.persistence.jdbc.url",
			"spring.jpa.properties.hibernate.connection.url" };

	private MongoJpaActivation() {
	}

	/** True when the JPA persistence unit should be Hibermongo's. */
	public static boolean active(Environment environment) {
		String jpaUrl = jpaUrl( environment );
		if ( jpaUrl != null ) {
			return isMongoUrl( jpaUrl );
		}
		return mongoConfigured( environment ) || !relationalConfigured( environment );
	}

	/** True when a relational DataSource is configured by properties, so Boot must still build it. */
	public static boolean relationalConfigured(Environment environment) {
		return environment.containsProperty( "spring.datasource.url" )
				|| environment.containsProperty( "spring.datasource.jndi-name" );
	}

	/** The URL named in the JPA properties, or null. */
	public static String jpaUrl(Environment environment) {
		for ( String key : JPA_URLS ) {
			String value = environment.getProperty( key );
			if ( value != null && !value.isBlank() ) {
				return value.trim();
			}
		}
		return null;
	}

	/** True when Boot's own MongoDB properties ({@code spring.mongodb.uri} or {@code .host}) are set. */
	public static boolean bootMongoPropertiesSet(Environment environment) {
		return environment.containsProperty( BOOT_URI ) || environment.containsProperty( "spring.mongodb.host" );
	}

	public static boolean isMongoUrl(String url) {
		return url.startsWith( "mongodb://" ) || url.startsWith( "mongodb+srv://" );
	}

	private static boolean mongoConfigured(Environment environment) {
		return bootMongoPropertiesSet( environment ) || environment.containsProperty( LEGACY_URI )
				|| environment.containsProperty( "spring.data.mongodb.host" );
	}
}
