package io.hibermongo.dialect.internal;

import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * Runs test code under a given JVM default time zone, restoring the previous one after, to show that a
 * result does not depend on it.
 */
public final class DefaultTimeZone {

	/** Two zones far from UTC and from each other, one with a half-hour offset and daylight saving time. */
	public static final List<String> DISTANT_ZONES = List.of( "America/St_Johns", "Asia/Tokyo" );

	private DefaultTimeZone() {
	}

	/** The result of {@code action} run with {@code zoneId} as the default time zone. */
	public static <T> T in(String zoneId, Callable<T> action) throws Exception {
		final TimeZone previous = TimeZone.getDefault();
		TimeZone.setDefault( TimeZone.getTimeZone( zoneId ) );
		try {
			return action.call();
		}
		finally {
			TimeZone.setDefault( previous );
		}
	}

	/** The results of {@code action} run under each of {@link #DISTANT_ZONES}, in that order. */
	public static <T> List<T> inDistantZones(Callable<T> action) throws Exception {
		return List.of( in( DISTANT_ZONES.get( 0 ), action ), in( DISTANT_ZONES.get( 1 ), action ) );
	}
}
