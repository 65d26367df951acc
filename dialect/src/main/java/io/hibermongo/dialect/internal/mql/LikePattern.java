package io.hibermongo.dialect.internal.mql;

import org.bson.BsonDocument;
import org.bson.BsonRegularExpression;
import org.bson.BsonString;

/**
 * Turns a SQL LIKE pattern into an anchored regular expression. Every character other than the
 * wildcards is quoted, so a pattern can only ever match what SQL's LIKE matches.
 * <p>
 * {@code %} becomes {@code .*}, {@code _} becomes {@code .}; the {@code s} option lets both match line
 * breaks as SQL does; matching is case-sensitive like LIKE on H2, PostgreSQL and Oracle.
 */
public final class LikePattern {

	private LikePattern() {
	}

	/**
	 * How a LIKE is shown in the statement text: <code>{"$like": pattern}</code>, with
	 * {@code "escape": "c"} when it has an escape character.
	 */
	static BsonDocument template(Operand pattern, Character escape) {
		BsonDocument like = new BsonDocument( "$like", pattern.template() );
		if ( escape != null ) {
			like.append( "escape", new BsonString( escape.toString() ) );
		}
		return like;
	}

	public static BsonRegularExpression toRegex(String pattern, Character escape) {
		StringBuilder regex = new StringBuilder( pattern.length() + 8 ).append( '^' );
		for ( int i = 0; i < pattern.length(); i++ ) {
			char c = pattern.charAt( i );
			if ( escape != null && c == escape ) {
				if ( ++i == pattern.length() ) {
					throw new IllegalArgumentException( "LIKE pattern '" + pattern + "' ends with its escape character" );
				}
				quote( pattern.charAt( i ), regex );
			}
			else if ( c == '%' ) {
				regex.append( ".*" );
			}
			else if ( c == '_' ) {
				regex.append( '.' );
			}
			else {
				quote( c, regex );
			}
		}
		return new BsonRegularExpression( regex.append( '$' ).toString(), "s" );
	}

	private static void quote(char c, StringBuilder regex) {
		if ( Character.isLetterOrDigit( c ) || c == ' ' ) {
			regex.append( c );
		}
		else {
			// \\x{...} quotes any code unit, including regex metacharacters, NUL and surrogate halves
			regex.append( "\\x{" ).append( Integer.toHexString( c ) ).append( '}' );
		}
	}
}
