package io.hibermongo.dialect.internal.nativequery;

import org.hibernate.query.sql.spi.ParameterRecognizer;

/**
 * Reads native MQL text (a command document in Extended JSON or the shell's relaxed syntax) as MongoDB's
 * JSON reader does, far enough to tell parameter markers from literals. Strings in double or single
 * quotes, regular expressions ({@code /…/i}) and comments are literals: nothing inside them is a
 * parameter. Outside them:
 * <ul>
 * <li>{@code :name} is a named parameter where a value may stand: after {@code :}, {@code [}, {@code ,}
 *     or {@code (}. So in <code>{"author": :a}}</code> the name is {@code a}, and the {@code :} between a
 *     key and its value is never mistaken for one;</li>
 * <li>{@code ?1} is a JPA positional parameter and a bare {@code ?} a JDBC one (JSON has no other use for
 *     {@code ?}).</li>
 * </ul>
 */
final class MqlScanner {

	private static final char VALUE = 'v';

	private MqlScanner() {
	}

	/** Tells {@code recognizer} every parameter of {@code text} and every character that is not one. */
	static void recognize(String text, ParameterRecognizer recognizer) {
		char previous = 0;
		int i = 0;
		while ( i < text.length() ) {
			int end = skipLiteral( text, i );
			if ( end > i ) {
				for ( int k = i; k < end; k++ ) {
					recognizer.other( text.charAt( k ) );
				}
				if ( !isComment( text, i ) ) {
					previous = VALUE;
				}
				i = end;
				continue;
			}
			char c = text.charAt( i );
			if ( c == '?' ) {
				int digits = endOfDigits( text, i + 1 );
				if ( digits > i + 1 ) {
					recognizer.jpaPositionalParameter( Integer.parseInt( text.substring( i + 1, digits ) ), i );
				}
				else {
					recognizer.ordinalParameter( i );
				}
				previous = VALUE;
				i = digits;
				continue;
			}
			if ( c == ':' && isValuePosition( previous ) && i + 1 < text.length() && isNameStart( text.charAt( i + 1 ) ) ) {
				int name = endOfName( text, i + 1 );
				recognizer.namedParameter( text.substring( i + 1, name ), i );
				previous = VALUE;
				i = name;
				continue;
			}
			recognizer.other( c );
			if ( !Character.isWhitespace( c ) ) {
				previous = c;
			}
			i++;
		}
		recognizer.complete();
	}

	/**
	 * The index just past the literal (string, regular expression or comment) that starts at {@code start},
	 * or {@code start} when none does. An unterminated literal runs to the end of the text.
	 */
	static int skipLiteral(String text, int start) {
		char c = text.charAt( start );
		if ( c == '"' || c == '\'' ) {
			return endOfQuoted( text, start + 1, c );
		}
		if ( c != '/' ) {
			return start;
		}
		if ( text.startsWith( "/*", start ) ) {
			int end = text.indexOf( "*/", start + 2 );
			return end < 0 ? text.length() : end + 2;
		}
		if ( text.startsWith( "//", start ) ) {
			int end = text.indexOf( '\n', start );
			return end < 0 ? text.length() : end + 1;
		}
		int end = endOfQuoted( text, start + 1, '/' );
		while ( end < text.length() && Character.isLetter( text.charAt( end ) ) ) {
			end++;
		}
		return end;
	}

	static boolean isComment(String text, int start) {
		return text.startsWith( "/*", start ) || text.startsWith( "//", start );
	}

	private static int endOfQuoted(String text, int from, char quote) {
		for ( int i = from; i < text.length(); i++ ) {
			char c = text.charAt( i );
			if ( c == '\\' ) {
				i++;
			}
			else if ( c == quote ) {
				return i + 1;
			}
		}
		return text.length();
	}

	private static boolean isValuePosition(char previous) {
		return previous == ':' || previous == '[' || previous == ',' || previous == '(';
	}

	private static boolean isNameStart(char c) {
		return Character.isLetter( c ) || c == '_';
	}

	private static int endOfName(String text, int from) {
		int i = from;
		while ( i < text.length() && ( Character.isLetterOrDigit( text.charAt( i ) ) || text.charAt( i ) == '_' ) ) {
			i++;
		}
		return i;
	}

	private static int endOfDigits(String text, int from) {
		int i = from;
		while ( i < text.length() && Character.isDigit( text.charAt( i ) ) ) {
			i++;
		}
		return i;
	}
}
