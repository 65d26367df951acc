package io.hibermongo.dialect.internal.translate;

/**
 * Translates the pattern of HQL's {@code format(x as 'pattern')} (Java's date pattern letters, as H2's
 * {@code FORMATDATETIME} reads them) into a {@code $dateToString} format: {@code yyyy} → {@code %Y},
 * {@code MM} → {@code %m}, {@code dd} → {@code %d}, {@code HH} → {@code %H}, {@code mm} → {@code %M},
 * {@code ss} → {@code %S}, {@code SSS} → {@code %L}; other characters and {@code 'quoted'} text are
 * copied ({@code %} as {@code %%}). Any other letter (names of months or days, 12-hour clocks, zones) is
 * refused, naming the pattern.
 */
final class DateFormat {

	private static final String[][] FIELDS = {
			{ "yyyy", "%Y" }, { "MM", "%m" }, { "dd", "%d" }, { "HH", "%H" }, { "mm", "%M" }, { "ss", "%S" }, { "SSS", "%L" } };

	private DateFormat() {
	}

	static String toMongo(String pattern, TranslationContext context) {
		StringBuilder format = new StringBuilder();
		int i = 0;
		while ( i < pattern.length() ) {
			char c = pattern.charAt( i );
			if ( c == '\'' ) {
				int end = pattern.indexOf( '\'', i + 1 );
				if ( end < 0 ) {
					throw context.refuse( "format(… as '" + pattern + "') with an unclosed quote" );
				}
				String quoted = end == i + 1 ? "'" : pattern.substring( i + 1, end );
				format.append( quoted.replace( "%", "%%" ) );
				i = end + 1;
				continue;
			}
			if ( Character.isLetter( c ) ) {
				int end = i;
				while ( end < pattern.length() && pattern.charAt( end ) == c ) {
					end++;
				}
				format.append( field( pattern.substring( i, end ), pattern, context ) );
				i = end;
				continue;
			}
			format.append( c == '%' ? "%%" : String.valueOf( c ) );
			i++;
		}
		return format.toString();
	}

	private static String field(String letters, String pattern, TranslationContext context) {
		for ( String[] field : FIELDS ) {
			if ( field[0].equals( letters ) ) {
				return field[1];
			}
		}
		throw context.refuse( "The pattern letters '" + letters + "' in format(… as '" + pattern
				+ "') (supported: yyyy MM dd HH mm ss SSS)" );
	}
}
